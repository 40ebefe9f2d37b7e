package cn.gov.gansu.gaoxin.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mock.env.MockEnvironment;

/**
 * issue 14 item 5 (found by the two-instance soak, docs/operations.md): two instances started together on
 * one empty PostgreSQL both saw no {@code admin} and both inserted it; the second failed with a duplicate
 * key and the whole instance stopped ("Application run failed").
 */
class AdminBootstrapTests {

    @Test
    @DisplayName("两个实例同时首次启动：另一实例已创建admin（主键冲突）时，本实例照常启动")
    void anAdminCreatedByAnotherInstanceMeanwhileDoesNotStopTheStart() {
        AccountManagement accounts = mock(AccountManagement.class);
        when(accounts.exists(AccountManagement.BOOTSTRAP_ADMIN)).thenReturn(false);   // checked before the other committed
        when(accounts.hashInBackground(any())).thenReturn(AccountManagement.PendingHash.of("{bcrypt}hash"));
        doThrow(new DuplicateKeyException("app_user_pkey")).when(accounts)
                .createSystemAccount(any(DataScope.class), anyString(), any(AccountManagement.PendingHash.class), anyBoolean());
        AdminBootstrap bootstrap = new AdminBootstrap(accounts, new MockEnvironment().withProperty("GAOXIN_ADMIN_PASSWORD", "Chosen-Pa55!"));

        assertThatCode(() -> bootstrap.run(new DefaultApplicationArguments())).doesNotThrowAnyException();
        verify(accounts).createSystemAccount(any(DataScope.class), anyString(), any(AccountManagement.PendingHash.class), anyBoolean());
        // the chosen password was hashed once, from construction (off the start's path)
        verify(accounts).hashInBackground("Chosen-Pa55!");
    }

    @Test
    @DisplayName("其他数据库错误仍使启动失败（只容忍admin已存在）")
    void otherFailuresStillStopTheStart() {
        AccountManagement accounts = mock(AccountManagement.class);
        when(accounts.exists(AccountManagement.BOOTSTRAP_ADMIN)).thenReturn(false);
        when(accounts.hashInBackground(any())).thenReturn(AccountManagement.PendingHash.of("{bcrypt}hash"));
        doThrow(new DataIntegrityViolationException("app_user_role_check")).when(accounts)
                .createSystemAccount(any(DataScope.class), anyString(), any(AccountManagement.PendingHash.class), anyBoolean());
        AdminBootstrap bootstrap = new AdminBootstrap(accounts, new MockEnvironment());

        assertThatThrownBy(() -> bootstrap.run(new DefaultApplicationArguments())).isInstanceOf(DataIntegrityViolationException.class);
    }
}
