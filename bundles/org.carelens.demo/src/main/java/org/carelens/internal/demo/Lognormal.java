package org.carelens.internal.demo;

import java.util.SplittableRandom;

/**
 * Durations that are mostly short with a long tail, as response and handling times are.
 */
final class Lognormal {

	private Lognormal() {
	}

	/** @return a sample in seconds with the given median; {@code spread} is the sigma of the log */
	static double seconds(SplittableRandom random, double median, double spread) {
		return median * Math.exp(spread * gaussian(random));
	}

	static double gaussian(SplittableRandom random) {
		// Box-Muller; SplittableRandom has no nextGaussian before Java 17's RandomGenerator default, which is slower
		double u = 1.0 - random.nextDouble();
		double v = random.nextDouble();
		return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}
}
