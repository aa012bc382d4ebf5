/**
 * The audit trail: every change any module makes (an event implementing {@link
 * org.oversight.shared.AuditedChange}) is recorded in the same transaction, in an append-only,
 * hash-chained table that is kept for ever. {@link org.oversight.audit.AuditTrail} reads and verifies
 * it; admins browse it at {@code /audit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.oversight.audit;
