/**
 * 人才 (clauses 7–9): youth talent programmes, the teams of academician workstations, postdoc stations
 * and school–enterprise joint training platforms, 双聘 and 旋转门 appointments, and foreign high-end
 * talent cases with their permit status, counted per zone and year. Uses platform (the carrier a
 * record names), enterprise (host unit and its scope), zone (existence and scope), identity (caller,
 * audit) and shared.
 */
package cn.gov.gansu.gaoxin.talent;
