/**
 * Finance: budgets (spending and funding lines, shares of the total, precept and council tax, cost
 * per resident, forecasts and outturn against budget), grants and commissioning (schemes, rounds,
 * awards with their plan objectives and monitoring returns), and spending over £500 (the monthly
 * transparency file, kept as published). Other modules use {@link org.oversight.finance.FinanceApi}
 * and the records beside it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance")
package org.oversight.finance;
