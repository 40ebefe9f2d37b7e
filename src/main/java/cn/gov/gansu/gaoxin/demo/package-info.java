/**
 * 演示数据: loads a deterministic, realistic demo province (enterprises, qualifications, statistics,
 * platforms, national projects, demo users) on the first start with an empty embedded database,
 * and generates benchmark-scale registries. Uses enterprise, platform, identity, zone, shared, policy (to start the re-scan that offers the demo's awards) and award (budgets and a few awards walked through their chain by the demo users).
 */
package cn.gov.gansu.gaoxin.demo;
