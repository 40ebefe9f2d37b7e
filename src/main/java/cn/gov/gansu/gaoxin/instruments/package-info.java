/**
 * 大型科研仪器共享 (clause 3): the catalogue of large instruments and testing services opened to zone
 * enterprises, and booking requests with approval and hours used. Uses enterprise (the booking
 * enterprise and its scope), zone (existence and scope), identity (caller, audit) and shared.
 */
package cn.gov.gansu.gaoxin.instruments;
