package org.carelens.core.api.io;

/**
 * What reading one source of events found.
 *
 * @param source    the source as named to the reader
 * @param lines     lines read, blank lines included
 * @param bytes     bytes read (compressed bytes for a compressed file)
 * @param events    valid events passed on
 * @param rejected  lines rejected
 * @param cancelled whether reading stopped early because it was cancelled
 */
public record ReadSummary(String source, long lines, long bytes, long events, long rejected, boolean cancelled) {
}
