package cn.gov.baoji.portal.core.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

import cn.gov.baoji.portal.core.security.AccessBindings;
import cn.gov.baoji.portal.core.security.AccessDeniedException;
import cn.gov.baoji.portal.core.security.Actor;
import cn.gov.baoji.portal.core.tenant.TenantCode;

/** Who may write, review and publish an article of 渭滨区: every refusal is a 403 with its reason. */
class ArticlePolicyTest {

    private static final TenantCode WEIBIN = TenantCode.of("weibin");

    private final ArticlePolicy contributor = policy(List.of("/tenants/weibin/contributor"), List.of("weibin:zfb"));
    private final ArticlePolicy departmentReviewer = policy(List.of("/tenants/weibin/editor"), List.of("weibin:zfb"));
    private final ArticlePolicy countyEditor = policy(List.of("/tenants/weibin/editor"), List.of());
    private final ArticlePolicy webmaster = policy(List.of("/tenants/weibin/webmaster"), List.of());
    private final ArticlePolicy cityAdmin = policy(List.of("/city-admin"), List.of());
    private final ArticlePolicy otherCounty = policy(List.of("/tenants/taibai/webmaster"), List.of());

    @Test
    void contributorWritesForTheirOwnDepartmentOnly() {
        assertThat(contributor.ownDepartment()).contains("zfb");
        assertThatCode(() -> contributor.requireWrite("zfb")).doesNotThrowAnyException();

        assertDenied(() -> contributor.requireWrite("czj"), "您只能报送和修改本部门的稿件。");
        assertDenied(() -> contributor.requireSee("czj"), "您只能报送和修改本部门的稿件。");
    }

    @Test
    void countyWideRolesWriteForEveryDepartment() {
        for (ArticlePolicy policy : List.of(countyEditor, webmaster, cityAdmin)) {
            assertThat(policy.isCountyWide()).isTrue();
            assertThat(policy.ownDepartment()).isEmpty();
            assertThatCode(() -> policy.requireWrite("czj")).doesNotThrowAnyException();
        }
    }

    @Test
    void someoneOfAnotherCountyMayNotWriteHere() {
        assertDenied(() -> otherCounty.requireWrite("zfb"), "您没有本站点的信息报送权限。");
    }

    @Test
    void withTwoLevelsTheDepartmentReviewerApprovesFirstAndTheCountyEditorSecond() {
        assertThatCode(() -> departmentReviewer.requireReview(1, 2, "zfb")).doesNotThrowAnyException();
        assertThatCode(() -> countyEditor.requireReview(2, 2, "zfb")).doesNotThrowAnyException();

        assertDenied(() -> departmentReviewer.requireReview(1, 2, "czj"), "这一级由本部门审核员审核。");
        assertDenied(() -> countyEditor.requireReview(1, 2, "zfb"), "这一级由本部门审核员审核。");
        assertDenied(() -> departmentReviewer.requireReview(2, 2, "zfb"), "这一级由区县审核员审核。");
    }

    @Test
    void withOneLevelOnlyACountyEditorReviews() {
        assertThatCode(() -> countyEditor.requireReview(1, 1, "zfb")).doesNotThrowAnyException();
        assertThatCode(() -> webmaster.requireReview(1, 2, "czj")).doesNotThrowAnyException();

        assertDenied(() -> departmentReviewer.requireReview(1, 1, "zfb"), "这一级由区县审核员审核。");
        assertDenied(() -> contributor.requireReview(1, 1, "zfb"), "只有审核员可以审核稿件。");
    }

    @Test
    void publishingWithdrawingAndRevisingBelongToTheCountyLevel() {
        assertThatCode(countyEditor::requireCountyEditor).doesNotThrowAnyException();
        assertThatCode(webmaster::requireCountyEditor).doesNotThrowAnyException();
        assertThatCode(cityAdmin::requireCountyEditor).doesNotThrowAnyException();

        assertDenied(contributor::requireCountyEditor, "只有区县审核员或站点管理员可以发布、撤回或修订稿件。");
        assertDenied(departmentReviewer::requireCountyEditor, "只有区县审核员或站点管理员可以发布、撤回或修订稿件。");
    }

    private static ArticlePolicy policy(List<String> groups, List<String> departments) {
        return new ArticlePolicy(WEIBIN, new Actor("subject", "测试用户", AccessBindings.fromClaims(groups, departments)));
    }

    private static void assertDenied(ThrowingCallable call, String message) {
        AccessDeniedException refusal = catchThrowableOfType(AccessDeniedException.class, call);

        assertThat(refusal).as(message).isNotNull();
        assertThat(refusal.status()).isEqualTo(403);
        assertThat(refusal.getMessage()).isEqualTo(message);
    }
}
