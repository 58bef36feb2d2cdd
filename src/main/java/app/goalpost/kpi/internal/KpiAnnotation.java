package app.goalpost.kpi.internal;

import app.goalpost.shared.AgencyOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A dated note on a KPI's timeline ("campaign launched"); its author edits or deletes it. */
@Entity
@Table(name = "kpi_annotation")
public class KpiAnnotation extends AgencyOwnedEntity {

    private long workspaceId;
    private long kpiId;
    private LocalDate noteDate;
    @Column(name = "note")
    private String text;
    private long authorId;
    private String authorName;
    private Instant createdAt;
    private Instant updatedAt;

    protected KpiAnnotation() {
    }

    public KpiAnnotation(long workspaceId, long kpiId, LocalDate noteDate, String text, long authorId,
            String authorName, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.kpiId = kpiId;
        this.noteDate = noteDate;
        this.text = text;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    public void edit(LocalDate day, String newText, Instant at) {
        this.noteDate = day;
        this.text = newText;
        this.updatedAt = at;
    }

    public long getWorkspaceId() {
        return workspaceId;
    }

    public long getKpiId() {
        return kpiId;
    }

    public LocalDate getNoteDate() {
        return noteDate;
    }

    public String getText() {
        return text;
    }

    public long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }
}
