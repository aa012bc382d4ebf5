/**
 * Accounts: users, roles and sign-in. Every page and endpoint declares who may use it with one of
 * the access annotations in this package ({@link org.oversight.accounts.PublicAccess},
 * {@link org.oversight.accounts.AnalystAccess}, {@link org.oversight.accounts.AdminAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.oversight.accounts;
