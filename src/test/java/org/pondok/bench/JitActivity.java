package org.pondok.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Milliseconds the JIT compiler threads have spent compiling so far. Under a new load a
 * Spring application keeps its compilers busy for a minute and more, and on two cores a
 * busy compiler takes a good share of one from the server: a run measured then shows the
 * warm-up, not the server.
 */
final class JitActivity {

	private static final CompilationMXBean COMPILATION = ManagementFactory.getCompilationMXBean();

	private JitActivity() {
	}

	static boolean measurable() {
		return COMPILATION != null && COMPILATION.isCompilationTimeMonitoringSupported();
	}

	static long totalMillis() {
		return measurable() ? COMPILATION.getTotalCompilationTime() : 0;
	}

}
