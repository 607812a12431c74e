package org.pondok.web.site;

/**
 * Words for the guest: a key of the site's message bundles with its arguments, which the
 * page writes in the guest's language ({@code #messages.msgWithParams(key, arguments)}).
 */
record Wording(String key, Object... arguments) {

}
