package org.newsdesk.cms.article.revision;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.newsdesk.cms.article.ArticleStatus;
import org.newsdesk.cms.common.Times;

@Name("Revision")
@Description("An article as it stood after one change of its content or status. Revisions never change.")
public final class RevisionView {

    private final int number;
    private final OffsetDateTime createdAt;
    private final String editor;
    private final String title;
    private final ArticleStatus status;
    private final String bodyHtml;
    private final String note;

    public RevisionView(ArticleRevision revision) {
        number = revision.number;
        createdAt = Times.utc(revision.createdAt);
        editor = revision.editor;
        title = revision.title;
        status = revision.status;
        bodyHtml = revision.bodyHtml;
        note = revision.note;
    }

    @Description("The editor's note on the change, when there is one (why a draft was returned to its contributor).")
    public String getNote() {
        return note;
    }

    @Description("1 for the first version, then 2, 3…; pass it to restoreRevision.")
    public int getNumber() {
        return number;
    }

    @NonNull
    @Description("When the change was made (UTC).")
    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Description("Who made it: a user name, \"import\" or \"scheduler\".")
    public String getEditor() {
        return editor;
    }

    @NonNull
    @Description("The headline then.")
    public String getTitle() {
        return title;
    }

    @NonNull
    @Description("The status then.")
    public ArticleStatus getStatus() {
        return status;
    }

    public String bodyHtml() {
        return bodyHtml;
    }
}
