/**
 * System configuration: the typed settings of {@code system_config}, secret encryption,
 * the languages and currencies Pondok offers, maintenance and debug mode, backups, and
 * the per-database placeholders of the migrations. Every module may use it; it uses no
 * other module. It never returns or logs a secret in clear.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@NullMarked
package org.pondok.system;

import org.jspecify.annotations.NullMarked;
