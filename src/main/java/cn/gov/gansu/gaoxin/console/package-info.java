/**
 * 控制台页面: the Chinese web console — sign-in page, frame and home page. Reads the registries'
 * public APIs; nothing depends on it.
 */
package cn.gov.gansu.gaoxin.console;
