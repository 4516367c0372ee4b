import { Component, type ReactNode } from "react";

/**
 * A view whose code could not be fetched (offline before the site was kept, or a new version
 * replaced the files) says so instead of taking the whole wizard down. Answers are already saved.
 */
export class LoadFailure extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="notice" role="alert">
        <p>This part of the page could not be loaded, maybe because the connection dropped. Your answers are saved in this browser: reload the page to try again.</p>
      </div>
    );
  }
}
