/**
 * 资金使用与追回 (clauses 19 and 21): after the payment — fund-use reports and their review, reminders,
 * recovery (追回), a double-entry fund ledger fed from award's events, the cities' supporting measures,
 * zone plans and the library of experiences; uses award (its public reads and events), zone, identity, shared.
 */
package cn.gov.gansu.gaoxin.funds;
