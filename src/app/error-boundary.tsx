import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/**
 * Last line of defence: a bug in a page must not leave a blank screen or lose work. The state is
 * in localStorage and the URL, so the start page brings everything back.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="mx-auto max-w-2xl space-y-3 p-6" role="alert">
        <h1>Something went wrong on this page / 页面出错</h1>
        <p>Your pastes are kept (in this browser and in the link). 粘贴的内容已保留。</p>
        <pre className="code-block text-xs">{this.state.error.message}</pre>
        <a
          href="#/"
          onClick={() => {
            this.setState({ error: null });
          }}
        >
          Go to the start page / 返回首页
        </a>
      </main>
    );
  }
}
