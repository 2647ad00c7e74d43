package cn.gov.baoji.portal.admin.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpMethod;

/** Which posts skip the CSRF token: citizens' forms on public pages, never the back office, console or logout. */
class PublicFormPostsTest {

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Test
    void citizensFormsOnPublicPages() {
        assertThat(PublicFormPosts.isPublicFormPost(HttpMethod.POST, "/consultations/7/comments", FORM)).isTrue();
        assertThat(PublicFormPosts.isPublicFormPost(HttpMethod.POST, "/messages", "multipart/form-data; boundary=x")).isTrue();
    }

    @Test
    void neverWhereTheTokenProtectsSomeone() {
        assertThat(PublicFormPosts.isPublicFormPost(HttpMethod.POST, "/admin/consultations/7/publish", FORM)).isFalse();
        assertThat(PublicFormPosts.isPublicFormPost(HttpMethod.POST, "/admin", FORM)).isFalse();
        assertThat(PublicFormPosts.isPublicFormPost(HttpMethod.POST, "/console/tenants", FORM)).isFalse();
        assertThat(PublicFormPosts.isPublicFormPost(HttpMethod.POST, "/logout", FORM)).isFalse();
        assertThat(PublicFormPosts.isPublicFormPost(HttpMethod.POST, "/api/admin/articles", FORM)).isFalse();
        assertThat(PublicFormPosts.isPublicFormPost(HttpMethod.GET, "/consultations/7", FORM)).isFalse();
        assertThat(PublicFormPosts.isPublicFormPost(HttpMethod.POST, "/consultations/7/comments", "application/json")).isFalse();
        assertThat(PublicFormPosts.isPublicFormPost(HttpMethod.POST, "/consultations/7/comments", null)).isFalse();
    }
}
