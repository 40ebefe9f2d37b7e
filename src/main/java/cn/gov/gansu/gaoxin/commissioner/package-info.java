/**
 * 科技专员 (clause 7 "每年选派一批科技专员"): commissioners, enterprises' yearly needs and the yearly
 * dispatch computed by an exact optimiser (contracts §12), which officials may then adjust. Uses
 * enterprise (existence, zone and data scope of an enterprise), zone (scope), identity (caller,
 * audit) and shared.
 */
package cn.gov.gansu.gaoxin.commissioner;
