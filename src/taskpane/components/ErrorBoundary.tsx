/**
 * Keeps the pane from ever going blank: a rendering failure shows what happened and a way back,
 * inside the pane's own theme. The user's picks are lost only if they choose to start over.
 */
import { Component, Fragment, type ReactNode } from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';

interface State {
  error?: Error;
  attempt: number;
}

export class PaneErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { attempt: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  private retry = () => this.setState((s) => ({ error: undefined, attempt: s.attempt + 1 }));

  render(): ReactNode {
    const { error, attempt } = this.state;
    // A new key on retry mounts the pane afresh instead of re-rendering the state that failed.
    if (!error) return <Fragment key={attempt}>{this.props.children}</Fragment>;
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>
          <MessageBarTitle>Something went wrong in the pane</MessageBarTitle>
          {error.message} Your document has not been changed.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={this.retry}>Start the pane again</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
