package cn.gov.gansu.gaoxin.platform;

import java.time.LocalDate;

/** 创新平台认定: a platform entered the registry at a level, recognised on {@code date} (clause 4's bonus facts). */
public record PlatformRecognised(long id, String zone, PlatformKind kind, PlatformLevel level, LocalDate date) {
}
