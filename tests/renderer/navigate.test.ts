import { describe, expect, it } from 'vitest';
import { diagnosisStore, receiveUpdate } from '../../renderer/stores/diagnosis-store';
import { uiStore } from '../../renderer/stores/ui-store';

describe('navigate pushes (the tray menu’s Settings… item)', () => {
  it('switches the popover to the requested view without touching the diagnosis state', () => {
    uiStore.setState({ tab: 'status' });
    const before = diagnosisStore.getState().app;
    receiveUpdate({ kind: 'navigate', view: 'settings' });
    expect(uiStore.getState().tab).toBe('settings');
    expect(diagnosisStore.getState().app).toBe(before);
  });
});
