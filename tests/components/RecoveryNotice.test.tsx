import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { RecoveryNotice } from '@/components/RecoveryNotice';

describe('RecoveryNotice', () => {
  it('is absent when nothing was set aside', () => {
    const { container } = render(<RecoveryNotice count={0} onDownload={() => {}} onDismiss={() => {}} />);
    expect(container.textContent).toBe('');
  });

  it('says how many entries were set aside and offers them for download', () => {
    const onDownload = vi.fn();
    render(<RecoveryNotice count={2} onDownload={onDownload} onDismiss={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Some saved data could not be read' })).toBeTruthy();
    expect(screen.getByText(/found 2 saved entries it could not read/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download the unreadable data' }));
    expect(onDownload).toHaveBeenCalledOnce();
  });
});
