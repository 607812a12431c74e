package org.pondok.web.staff;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The previous and next links of a paged staff list, which keep its filters, and the
 * "page n of m" between them ({@code staff/layout :: pager}).
 *
 * @param number the page shown, counted from 1
 * @param pages how many pages there are, at least 1
 * @param total how many entries all the pages hold
 * @param previous the link to the page before, or {@code null} on the first
 * @param next the link to the page after, or {@code null} on the last
 */
record Pager(int number, long pages, long total, @Nullable String previous, @Nullable String next) {

	/**
	 * @param path the list's address
	 * @param filters the filters as the list applied them, by parameter name; those
	 * without a value are left out of the links
	 * @param index the page shown, counted from 0
	 * @param first the {@code page} parameter of the first page: 0 or 1, as the list
	 * counts
	 */
	static Pager of(String path, Map<String, ? extends @Nullable Object> filters, int index, long total, int size,
			int first) {
		long pages = Math.max(1, (total + size - 1) / size);
		return new Pager(index + 1, pages, total, (index > 0) ? link(path, filters, first + index - 1) : null,
				(index + 1 < pages) ? link(path, filters, first + index + 1) : null);
	}

	/**
	 * As {@link #of(String, Map, int, long, int, int)}, with the filters of a record
	 * whose components are named as the list's query parameters.
	 */
	static Pager of(String path, Record filters, int index, long total, int size, int first) {
		return of(path, parameters(filters), index, total, size, first);
	}

	private static Map<String, @Nullable Object> parameters(Record filters) {
		Map<String, @Nullable Object> parameters = new LinkedHashMap<>();
		for (RecordComponent component : filters.getClass().getRecordComponents()) {
			try {
				parameters.put(component.getName(), component.getAccessor().invoke(filters));
			}
			catch (IllegalAccessException | InvocationTargetException ex) {
				throw new IllegalStateException("Cannot read the filter " + component.getName(), ex);
			}
		}
		return parameters;
	}

	private static String link(String path, Map<String, ? extends @Nullable Object> filters, int page) {
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
		Map<String, Object> values = new LinkedHashMap<>();
		filters.forEach((name, value) -> {
			if (value != null) {
				builder.queryParam(name, "{" + name + "}");
				values.put(name, value.toString());
			}
		});
		builder.queryParam("page", page);
		return builder.encode().buildAndExpand(values).toUriString();
	}

}
