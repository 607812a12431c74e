/**
 * The catalog's public HTTP edge: rooms, packages, the villa, the gallery and the images,
 * served without login and through {@link org.pondok.catalog.Catalog} only.
 */
@NullMarked
package org.pondok.catalog.rest;

import org.jspecify.annotations.NullMarked;
