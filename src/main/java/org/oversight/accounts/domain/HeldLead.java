package org.oversight.accounts.domain;

import org.springframework.data.relational.core.mapping.Table;

/** A lead an account holds, named as plans name it ("ACC Local Policing"). */
@Table(schema = "accounts", name = "held_lead")
public record HeldLead(String lead) {}
