package org.carelens.reports.export;

import java.lang.reflect.InvocationTargetException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Reads a written PDF back with PDFBox's loader and text extraction. The bundle only writes PDFs, so it does not
 * import those packages, and the compiler's access rules forbid naming them: they are reached by name.
 */
final class PdfText {

	private PdfText() {
	}

	static PDDocument load(byte[] bytes) {
		return (PDDocument) call(type("org.apache.pdfbox.Loader"), null, "loadPDF", new Class<?>[] { byte[].class },
				bytes);
	}

	static String text(PDDocument pdf) {
		Class<?> stripper = type("org.apache.pdfbox.text.PDFTextStripper");
		try {
			return (String) call(stripper, stripper.getConstructor().newInstance(), "getText",
					new Class<?>[] { PDDocument.class }, pdf);
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}

	/** @return whether every font the page uses is embedded in the file */
	static boolean fontsEmbedded(PDPage page) {
		PDResources resources = page.getResources();
		Iterable<?> names = (Iterable<?>) call(PDResources.class, resources, "getFontNames", new Class<?>[0]);
		boolean any = false;
		for (Object name : names) {
			Object font = call(PDResources.class, resources, "getFont", new Class<?>[] { name.getClass() }, name);
			if (!(Boolean) call(font.getClass(), font, "isEmbedded", new Class<?>[0])) {
				return false;
			}
			any = true;
		}
		return any;
	}

	private static Class<?> type(String name) {
		try {
			return Class.forName(name);
		} catch (ClassNotFoundException e) {
			throw new AssertionError(e);
		}
	}

	private static Object call(Class<?> type, Object target, String method, Class<?>[] parameters,
			Object... arguments) {
		try {
			return type.getMethod(method, parameters).invoke(target, arguments);
		} catch (InvocationTargetException e) {
			throw new AssertionError(e.getCause());
		} catch (ReflectiveOperationException e) {
			throw new AssertionError(e);
		}
	}
}
