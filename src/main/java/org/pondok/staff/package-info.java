/**
 * Staff accounts, roles and the permission matrix, login, API tokens, the API access log
 * and the audit trail, and the security configuration. Never stores or logs a password or
 * token in clear.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "system", "shared" })
@NullMarked
package org.pondok.staff;

import org.jspecify.annotations.NullMarked;
