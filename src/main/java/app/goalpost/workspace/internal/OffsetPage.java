package app.goalpost.workspace.internal;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page at any offset: lazy lists (the switcher) ask for rows {@code offset..offset+limit}, which need not be
 * a multiple of the page size as {@link org.springframework.data.domain.PageRequest} requires.
 */
public record OffsetPage(long offset, int limit) implements Pageable {

    public OffsetPage {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
    }

    @Override
    public int getPageNumber() {
        return Math.toIntExact(offset / limit);
    }

    @Override
    public int getPageSize() {
        return limit;
    }

    @Override
    public long getOffset() {
        return offset;
    }

    @Override
    public Sort getSort() {
        return Sort.unsorted();
    }

    @Override
    public Pageable next() {
        return new OffsetPage(offset + limit, limit);
    }

    @Override
    public Pageable previousOrFirst() {
        return new OffsetPage(Math.max(0, offset - limit), limit);
    }

    @Override
    public Pageable first() {
        return new OffsetPage(0, limit);
    }

    @Override
    public Pageable withPage(int pageNumber) {
        return new OffsetPage((long) pageNumber * limit, limit);
    }

    @Override
    public boolean hasPrevious() {
        return offset > 0;
    }
}
