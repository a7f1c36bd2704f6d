package org.newsdesk.cms.article;

import org.newsdesk.cms.access.Access;
import org.newsdesk.cms.access.Access.Caller;
import org.newsdesk.cms.access.Permission;

/**
 * Who may change one article: whoever may edit articles, and a contributor their own
 * drafts (not once submitted for review: the editor has it then). Checked on the
 * article as loaded for the change, before anything is written.
 */
public final class EditRights {

    private EditRights() {
    }

    public static void check(Article article, Caller caller) {
        if (caller.may(Permission.EDIT_ARTICLES) || isOwnDraft(article, caller)) {
            return;
        }
        throw Access.forbidden("Changing article " + article.id + ", which is not a draft of yours,",
                Permission.EDIT_ARTICLES, caller);
    }

    private static boolean isOwnDraft(Article article, Caller caller) {
        return caller.may(Permission.WRITE_OWN_DRAFTS) && caller.user().equals(article.createdBy)
                && article.status == ArticleStatus.DRAFT;
    }
}
