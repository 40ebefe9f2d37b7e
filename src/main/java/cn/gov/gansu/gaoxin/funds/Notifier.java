package cn.gov.gansu.gaoxin.funds;

/**
 * Sends a notice outside the platform (e-mail, SMS) to a beneficiary or a city. The in-app message is
 * always written; this is the extra channel. The default implementation only logs; an installation
 * declares its own bean to send for real.
 *
 * @see FundsMessages
 */
public interface Notifier {

    /**
     * @param recipientKind ENTERPRISE (recipient = USCC), ZONE (zone code) or CITY (city code)
     */
    void notify(String recipientKind, String recipient, String subject, String body);
}
