package cn.gov.gansu.gaoxin.console;

/** Marks the controllers that render pages of the console frame (top bar, menu, error page). */
interface ConsolePage {
}
