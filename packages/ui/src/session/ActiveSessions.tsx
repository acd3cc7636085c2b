import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Button, Card, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { formatDateTime } from '../dates';
import { describeFailure } from '../feedback/failure';
import { ErrorState, Loading } from '../feedback/states';
import { useToast } from '../feedback/toast';
import { graphql } from '../gql';
import { describeDevice, SIGNED_OUT_EVERYWHERE_NOTICE } from './SessionsBlock';
import { useSession } from './SessionProvider';

export const MY_SESSIONS = graphql(`
  query MySessions {
    mySessions {
      id
      current
      createdAt
      lastUsedAt
      ipAddress
      userAgent
    }
  }
`);

export const SIGN_OUT_SESSION = graphql(`
  mutation SignOutSession($id: ID!) {
    signOutSession(id: $id)
  }
`);

export const SIGN_OUT_EVERYWHERE = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

/** The card of `SessionsBlock`, fetched when a settings page first shows it. */
export default function ActiveSessions() {
  const { signOut } = useSession();
  const toast = useToast();
  const { data, loading, error, refetch } = useQuery(MY_SESSIONS, { fetchPolicy: 'network-only' });
  const [endOne] = useMutation(SIGN_OUT_SESSION);
  const [ending, setEnding] = useState<string | null>(null);
  const [endAll, endingAll] = useMutation(SIGN_OUT_EVERYWHERE);

  const end = async (id: string) => {
    setEnding(id);
    try {
      await endOne({ variables: { id } });
      toast.success('Сеанс завершён');
      await refetch();
    } catch (failure) {
      toast.error(describeFailure(failure).message);
    } finally {
      setEnding(null);
    }
  };
  const endEverywhere = async () => {
    try {
      await endAll();
      signOut(SIGNED_OUT_EVERYWHERE_NOTICE);
    } catch (failure) {
      toast.error(describeFailure(failure).message);
    }
  };

  return (
    <Card
      title="Активные сеансы"
      extra={
        <Popconfirm
          title="Выйти на всех устройствах?"
          description="Вход завершится везде, и на этом устройстве тоже."
          okText="Выйти везде"
          cancelText="Отмена"
          onConfirm={endEverywhere}
        >
          <Button danger loading={endingAll.loading}>
            Выйти на всех устройствах
          </Button>
        </Popconfirm>
      }
    >
      {loading && !data ? (
        <Loading what="Загрузка сеансов…" />
      ) : error && !data ? (
        <ErrorState title="Не удалось загрузить сеансы" error={error} onRetry={() => void refetch()} />
      ) : (
        <List
          aria-label="Активные сеансы"
          dataSource={data?.mySessions ?? []}
          locale={{ emptyText: 'Активных сеансов нет' }}
          renderItem={(session) => (
            <List.Item
              actions={
                session.current
                  ? []
                  : [
                      <Button
                        key="end"
                        onClick={() => void end(session.id)}
                        loading={ending === session.id}
                        aria-label={`Завершить сеанс: ${describeDevice(session.userAgent)}`}
                      >
                        Завершить
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                title={
                  <Space>
                    {describeDevice(session.userAgent)}
                    {session.current && <Tag color="success">Этот сеанс</Tag>}
                  </Space>
                }
                description={
                  <Typography.Text type="secondary">
                    Вход {formatDateTime(session.createdAt)} · активность {formatDateTime(session.lastUsedAt)}
                    {session.ipAddress ? ` · адрес ${session.ipAddress}` : ''}
                  </Typography.Text>
                }
              />
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
