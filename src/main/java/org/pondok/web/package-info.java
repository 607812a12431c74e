/**
 * The guest site and the staff pages (Thymeleaf + htmx). It may use every module; no
 * module uses it.
 */
@NullMarked
package org.pondok.web;

import org.jspecify.annotations.NullMarked;
