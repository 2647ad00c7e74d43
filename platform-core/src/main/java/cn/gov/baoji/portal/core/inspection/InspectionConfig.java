package cn.gov.baoji.portal.core.inspection;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The self-inspection's settings. The numbers follow 国办秘函〔2019〕19号; where a newer official
 * text differs, change them here rather than in code.
 */
@ConfigMapping(prefix = "portal.inspection")
public interface InspectionConfig {

    /** Days without any update after which the home page counts as stale (单项否决). */
    @WithDefault("14")
    int homeStaleDays();

    /** Default longest gap of news and dynamics channels (新闻、动态、要闻) without their own setting. */
    @WithDefault("14")
    int newsDays();

    /** Default longest gap of notices, policies and interpretations (通知公告、政策文件、解读). */
    @WithDefault("180")
    int noticeDays();

    /** This many overdue channels fail the site (单项否决). */
    @WithDefault("5")
    int vetoOverdueChannels();

    /** This many empty channels fail the site (单项否决). */
    @WithDefault("5")
    int vetoEmptyChannels();

    /**
     * Channels that show another part of the platform (disclosure, services, interaction) rather than
     * articles: never counted empty or overdue.
     */
    @WithDefault("xxgk,bsfw,hdjl")
    List<String> functionalChannels();

    Schedule schedule();

    ExternalLinks externalLinks();

    Mail mail();

    interface Schedule {
        /** Whether this instance runs the scheduled inspection at all. */
        @WithDefault("true")
        boolean enabled();

        /** How often every county is inspected (Quarkus scheduler 'every' syntax). */
        @WithDefault("1h")
        String every();

        /** First run after start. */
        @WithDefault("2m")
        String delay();
    }

    /** The bounded, polite crawler that checks external links of published content. */
    interface ExternalLinks {
        @WithDefault("true")
        boolean enabled();

        /** Only these hosts are checked when set (tests: the local server only). */
        Optional<List<String>> onlyHosts();

        /**
         * Refuse addresses in private, loopback, link-local, shared (CGNAT), multicast and other non-public
         * ranges, at the link and at every redirect hop (no probing of the inside network).
         */
        @WithDefault("true")
        boolean blockPrivateAddresses();

        /**
         * IP addresses exempt from that block, literally (tests: the local server's 127.0.0.1). Empty by
         * default: never set it in production.
         */
        Optional<List<String>> allowedAddresses();

        /** Redirects followed per link, each hop's addresses checked again; more count as a failure. */
        @WithDefault("5")
        int maxRedirects();

        /** Waiting longer than this for an answer counts as a failure. */
        @WithDefault("10s")
        Duration timeout();

        /** Links actually requested in one run of one county; the rest wait for the next run. */
        @WithDefault("200")
        int maxLinksPerRun();

        /** How long an answer is trusted before the link is asked again. */
        @WithDefault("24h")
        Duration cacheFor();

        @WithDefault("BaojiPortal-LinkCheck/1.0 (+government website self-inspection)")
        String userAgent();
    }

    /** The daily summary e-mail (SMTP settings are quarkus.mailer.*). */
    interface Mail {
        @WithDefault("true")
        boolean enabled();

        /** The city office's address for the all-county summary. */
        Optional<String> cityTo();

        /** Hour of the day (Beijing time) from which the day's summaries go out. */
        @WithDefault("7")
        int hour();

        /** How often the mail job looks whether a summary is due. */
        @WithDefault("10m")
        String every();
    }
}
