"use client";

import { unstable_rethrow } from "next/navigation";
import { Component, type FormEvent, type ReactNode } from "react";
import { formError, type FormState } from "@/lib/forms";

type Props<V> = {
  /** What the form sends back to itself, read from what was submitted (as its server action does). */
  valuesOf: (formData: FormData) => V;
  /** Renders the form; `recovered` is its starting state after a send that did not get through. */
  children: (recovered: FormState<V> | undefined) => ReactNode;
};

type State<V> = { failed: boolean; attempt: number; recovered?: FormState<V> };

/**
 * With JavaScript, a form's server action is sent with fetch. When that request fails (no signal
 * in a market hall, the server busy or restarting), React throws the failure to the nearest error
 * boundary, which would replace the page and what the user wrote. This boundary sits just above
 * one form: it remembers what was last submitted and renders the form again with those values and
 * a message, so sending again is one tap. Next's own signals (redirect, not found) pass through.
 * Without JavaScript the browser posts the form itself and none of this runs.
 */
export class Recoverable<V> extends Component<Props<V>, State<V>> {
  override state: State<V> = { failed: false, attempt: 0 };
  private submitted: FormData | null = null;

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    unstable_rethrow(error);
    // Only a failure that follows a submission is a send that did not get through; anything else
    // (a fault in the form itself) goes on to the page's error boundary instead of looping here.
    if (!this.submitted) throw error;
    const values = this.props.valuesOf(this.submitted);
    this.submitted = null;
    this.setState((s) => ({ failed: false, attempt: s.attempt + 1, recovered: formError("notDelivered", values) }));
  }

  private remember = (event: FormEvent<HTMLDivElement>) => {
    if (event.target instanceof HTMLFormElement) this.submitted = new FormData(event.target);
  };

  override render() {
    if (this.state.failed) return null;
    return (
      <div key={this.state.attempt} onSubmitCapture={this.remember} className="contents">
        {this.props.children(this.state.recovered)}
      </div>
    );
  }
}
