/**
 * 科技成果转移转化 (clause 6): the achievements library, enterprises' technology demands and their
 * matching by Chinese full-text search (contracts §11). Uses enterprise (existence, zone and data
 * scope of an enterprise), zone (scope of lists), identity (caller, audit) and shared.
 */
package cn.gov.gansu.gaoxin.transfer;
