/**
 * Keeps a failure inside one panel (a chunk that cannot load, a bug in a view) from blanking the
 * whole popover: the header and tabs stay usable, the panel says what happened.
 */
import { Component, type ReactNode } from 'react';
import { tr } from '../stores/i18n-store';

export class PanelBoundary extends Component<{ children: ReactNode; resetKey: string }, { error: string | null; key: string }> {
  override state = { error: null as string | null, key: this.props.resetKey };

  static getDerivedStateFromError(err: unknown): { error: string } {
    return { error: err instanceof Error ? err.message : String(err) };
  }

  static getDerivedStateFromProps(props: { resetKey: string }, state: { error: string | null; key: string }) {
    // Switching tabs gives the panel another chance.
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  override render() {
    if (this.state.error) {
      return (
        <p className="callout callout-bad" role="alert">
          {/* A class component has no hooks: read the translator in force now. */}
          {tr().t('ui.panel.error', { error: this.state.error })}
        </p>
      );
    }
    return this.props.children;
  }
}
