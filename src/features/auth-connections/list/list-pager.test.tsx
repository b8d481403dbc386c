// @vitest-environment jsdom
import { useState } from 'react';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ListPager } from './list-pager.tsx';

function Pager({ count }: { count: number }) {
  const [page, setPage] = useState(1);
  const [pageSize, setPageSize] = useState(25);
  return (
    <ListPager
      count={count}
      page={page}
      pageSize={pageSize}
      pageSizes={[25, 50, 100]}
      onPageChange={setPage}
      onPageSizeChange={(size) => {
        setPageSize(size);
        setPage(1);
      }}
    />
  );
}

const previous = () => screen.getByRole('button', { name: 'Go to previous page' });
const next = () => screen.getByRole('button', { name: 'Go to next page' });

describe('ListPager', () => {
  it('says which rows show, pages with its buttons and is disabled at the ends', async () => {
    render(<Pager count={60} />);
    expect(screen.getByText('1–25 of 60')).toBeInTheDocument();
    expect(previous()).toBeDisabled();
    await userEvent.click(next());
    expect(screen.getByText('26–50 of 60')).toBeInTheDocument();
    expect(previous()).toBeEnabled();
    await userEvent.click(next());
    expect(screen.getByText('51–60 of 60')).toBeInTheDocument();
    expect(next()).toBeDisabled();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rows per page:' }), '100');
    expect(screen.getByText('1–60 of 60')).toBeInTheDocument();
    expect(previous()).toBeDisabled();
    expect(next()).toBeDisabled();
  });

  it('hands focus to Previous when Next disables itself under the keyboard', async () => {
    render(<Pager count={30} />);
    next().focus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByText('26–30 of 30')).toBeInTheDocument();
    expect(next()).toBeDisabled();
    expect(previous()).toHaveFocus();
  });

  it('shows 0–0 of 0 with nothing to page', () => {
    render(<Pager count={0} />);
    expect(screen.getByText('0–0 of 0')).toBeInTheDocument();
    expect(previous()).toBeDisabled();
    expect(next()).toBeDisabled();
  });
});
