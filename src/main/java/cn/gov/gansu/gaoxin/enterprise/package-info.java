/**
 * 企业: the enterprise registry — USCC-identified units, their zone membership as dated history,
 * industry, qualifications as dated recognitions (高企, 科技型中小企业, 省级科技创新型企业, 专精特新,
 * 科技领军企业), introduced unicorns and gazelles, national projects won, listing status and annual
 * statistics. Publishes {@link cn.gov.gansu.gaoxin.enterprise.QualificationRecognised} and the other
 * enterprise events. Uses zone (existence and data scope), identity and shared.
 */
package cn.gov.gansu.gaoxin.enterprise;
