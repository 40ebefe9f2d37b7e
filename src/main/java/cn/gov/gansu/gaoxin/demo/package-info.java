/**
 * 演示数据: loads a deterministic, realistic demo province (enterprises, qualifications, statistics,
 * platforms, national projects, demo users) on the first start with an empty embedded database,
 * and generates benchmark-scale registries. Uses enterprise, platform, identity, zone and shared.
 */
package cn.gov.gansu.gaoxin.demo;
