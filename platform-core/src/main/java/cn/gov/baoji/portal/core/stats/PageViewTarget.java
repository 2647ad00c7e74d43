package cn.gov.baoji.portal.core.stats;

/**
 * What a public page view counts for: a channel (or one of the two pseudo channels) and, on an
 * article page, the article.
 *
 * @param channelCode a channel code, {@link #HOME} or {@link #OTHER}
 * @param articleId the article shown, {@link #NO_ARTICLE} on any other page
 */
public record PageViewTarget(String channelCode, long articleId) {

    /** The home page. Channel codes start with a letter, so these cannot clash with a real channel. */
    public static final String HOME = "_home";
    /** Public pages that belong to no channel (site map, accessibility statement, ...). */
    public static final String OTHER = "_other";
    public static final long NO_ARTICLE = 0;

    public static final PageViewTarget HOME_PAGE = new PageViewTarget(HOME, NO_ARTICLE);
    public static final PageViewTarget OTHER_PAGE = new PageViewTarget(OTHER, NO_ARTICLE);

    public PageViewTarget {
        if (channelCode == null || channelCode.isEmpty() || channelCode.length() > 41 || articleId < 0) {
            throw new IllegalArgumentException("Not a page view target: " + channelCode + "/" + articleId);
        }
    }

    public static PageViewTarget channel(String code) {
        return new PageViewTarget(code, NO_ARTICLE);
    }

    public static PageViewTarget article(String channelCode, long articleId) {
        return new PageViewTarget(channelCode, articleId);
    }

    /** How the figures name a pseudo channel; null for a real channel code. */
    static String pseudoChannelName(String code) {
        return switch (code) {
            case HOME -> "首页";
            case OTHER -> "其他页面";
            default -> null;
        };
    }
}
