package org.pondok.booking.rest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queue in front of the availability search: at most its number of searches run at
 * once, the others wait their turn, and one that waits too long gets a {@code 503}.
 */
class SearchAdmissionTests {

	@Test
	void runsNoMoreSearchesAtOnceThanItAdmits() throws Exception {
		SearchAdmission admission = new SearchAdmission(2, Duration.ofSeconds(10));
		AtomicInteger running = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(12);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 12; i++) {
				answers.add(pool.submit(() -> {
					MockHttpServletResponse response = new MockHttpServletResponse();
					admission.doFilter(search(), response, new MockFilterChain(new HttpServlet() {
						@Override
						protected void service(HttpServletRequest request, HttpServletResponse answer) {
							most.accumulateAndGet(running.incrementAndGet(), Math::max);
							sleep(20);
							running.decrementAndGet();
						}
					}));
					return response.getStatus();
				}));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get(30, TimeUnit.SECONDS)).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(most.get()).isEqualTo(2);
	}

	@Test
	void answersASearchThatWaitedTooLongWithBusyAndRetryAfter() throws Exception {
		SearchAdmission admission = new SearchAdmission(1, Duration.ofMillis(50));
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		try {
			Future<?> first = pool.submit(() -> {
				admission.doFilter(search(), new MockHttpServletResponse(), new MockFilterChain(new HttpServlet() {
					@Override
					protected void service(HttpServletRequest request, HttpServletResponse answer) {
						inside.countDown();
						try {
							finish.await();
						}
						catch (InterruptedException ex) {
							Thread.currentThread().interrupt();
						}
					}
				}));
				return null;
			});
			assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

			MockHttpServletResponse refused = new MockHttpServletResponse();
			MockFilterChain untouched = new MockFilterChain();
			admission.doFilter(search(), refused, untouched);

			assertThat(refused.getStatus()).isEqualTo(503);
			assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
			assertThat(refused.getContentType()).isEqualTo("application/problem+json");
			assertThat(refused.getContentAsString()).contains("\"type\":\"https://pondok.org/problems/busy\"");
			assertThat(untouched.getRequest()).isNull();
			finish.countDown();
			first.get(10, TimeUnit.SECONDS);

			MockHttpServletResponse later = new MockHttpServletResponse();
			admission.doFilter(search(), later, new MockFilterChain());
			assertThat(later.getStatus()).isEqualTo(200);
		}
		finally {
			finish.countDown();
			pool.shutdownNow();
		}
	}

	private static MockHttpServletRequest search() {
		return new MockHttpServletRequest("GET", "/api/v1/availability");
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
