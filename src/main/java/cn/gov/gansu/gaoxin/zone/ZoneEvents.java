package cn.gov.gansu.gaoxin.zone;

/** Marker for the zone registry's events, which later modules listen to. */
public sealed interface ZoneEvents permits ZoneRecognised, ZoneNominatedNational, ZoneApprovedNational,
        ZoneRevoked, EnclaveParkEstablished, PartnerParkLinked {
}
