package org.newsdesk.cms.article;

import org.newsdesk.cms.access.Access;
import org.newsdesk.cms.access.Access.Caller;
import org.newsdesk.cms.access.Permission;

/**
 * Who may change one article: whoever may edit articles, and a contributor their own
 * drafts (not once submitted for review, nor while an editor has scheduled it: the
 * editor has it then, and what was scheduled is what gets published). Checked on the
 * article as loaded for the change, before anything is written.
 */
public final class EditRights {

    private EditRights() {
    }

    public static void check(Article article, Caller caller) {
        if (caller.may(Permission.EDIT_ARTICLES) || (isOwnDraft(article, caller) && article.scheduledAt == null)) {
            return;
        }
        String which = isOwnDraft(article, caller) ? "which an editor has scheduled for publication"
                : "which is not a draft of yours";
        throw Access.forbidden("Changing article " + article.id + ", " + which + ",", Permission.EDIT_ARTICLES, caller);
    }

    private static boolean isOwnDraft(Article article, Caller caller) {
        return caller.may(Permission.WRITE_OWN_DRAFTS) && caller.user().equals(article.createdBy)
                && article.status == ArticleStatus.DRAFT;
    }
}
