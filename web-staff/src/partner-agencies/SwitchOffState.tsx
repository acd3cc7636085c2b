import { describeFailure, useToast } from '@czn/ui';
import { Button, Modal } from 'antd';
import { useRef, useState, type ReactNode } from 'react';

interface SwitchOffStateProps {
  /** The tag saying whether it works now. */
  state: ReactNode;
  active: boolean;
  /** The button's text and its accessible name. */
  action: string;
  actionLabel: string;
  title: string;
  okText: string;
  /** What happens and that it cannot be undone. */
  warning: ReactNode;
  switchOff(): Promise<unknown>;
  done: string;
}

/**
 * Whether a key or an account works, and a button that switches it off for good after a confirmation. After
 * it the button is gone, so the focus goes to the state that replaced it rather than to the page's start.
 */
export function SwitchOffState(props: SwitchOffStateProps) {
  const toast = useToast();
  const [confirming, setConfirming] = useState(false);
  const [loading, setLoading] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const state = useRef<HTMLSpanElement>(null);

  const confirm = async () => {
    setLoading(true);
    try {
      await props.switchOff();
      void toast.success(props.done);
    } catch (error) {
      void toast.error(describeFailure(error).message);
    }
    setLoading(false);
    setConfirming(false);
  };

  return (
    <span className="staff-state">
      <span ref={state} tabIndex={-1}>
        {props.state}
      </span>
      {props.active && (
        <Button
          ref={trigger}
          danger
          size="small"
          onClick={() => setConfirming(true)}
          aria-label={props.actionLabel}
        >
          {props.action}
        </Button>
      )}
      <Modal
        open={confirming}
        title={props.title}
        okText={props.okText}
        okButtonProps={{ danger: true }}
        cancelText="Отмена"
        cancelButtonProps={{ autoFocus: true }}
        confirmLoading={loading}
        onOk={() => void confirm()}
        onCancel={() => setConfirming(false)}
        focusable={{ focusTriggerAfterClose: false }}
        afterClose={() => (trigger.current ?? state.current)?.focus()}
      >
        {props.warning}
      </Modal>
    </span>
  );
}
