package org.pondok.catalog.rest;

import java.util.List;

/**
 * A short list, answered whole.
 */
record ItemsResponse<T>(List<T> items) {

}
