/**
 * The engine: dated parameters loaded from YAML (and versions added later), compiled per award line
 * into precomputed terms, zone standing resolved from facts and the registry, and the assessment of
 * facts together (one-time awards, repeats). Plain Java: no Spring, no persistence.
 */
package cn.gov.gansu.gaoxin.policy.engine;
