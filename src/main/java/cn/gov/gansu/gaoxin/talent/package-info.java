/**
 * 人才 (clauses 7–9): youth talent programmes, 双聘 and 旋转门 appointments, and foreign high-end
 * talent cases with their permit status, counted per zone. Uses enterprise (host unit and its scope),
 * zone (existence and scope), identity (caller, audit) and shared.
 */
package cn.gov.gansu.gaoxin.talent;
