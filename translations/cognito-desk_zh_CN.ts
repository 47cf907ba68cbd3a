<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AttributesForm</name>
    <message>
        <source>&amp;Add attribute</source>
        <translation>添加属性(&amp;A)</translation>
    </message>
    <message>
        <source>Attribute to add</source>
        <translation>要添加的属性</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Any user</source>
        <translation>任意用户</translation>
    </message>
    <message>
        <source>&amp;Operation:</source>
        <translation>操作(&amp;O)：</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>&amp;Since:</source>
        <translation>起始时间(&amp;S)：</translation>
    </message>
    <message>
        <source>Only writes since a time</source>
        <translation>仅显示某一时间之后的写入操作</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始时间</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>写入操作</translation>
    </message>
    <message>
        <source>Writes shown</source>
        <translation>显示的写入操作</translation>
    </message>
    <message>
        <source>Lines skipped</source>
        <translation>跳过的行</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Read the log again</source>
        <translation>重新读取日志</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the writes shown as CSV</source>
        <translation>将显示的写入操作导出为 CSV</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>No answer was recorded: the program ended before it came, or the write is still under way. Check the target on the service.</source>
        <translation>未记录任何响应：程序在响应到达前已结束，或写入操作仍在进行中。请在服务上检查目标。</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭证</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>请求 ID</translation>
    </message>
</context>
<context>
    <name>BulkJobDialog</name>
    <message>
        <source>Bulk job</source>
        <translation>批量作业</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Succeeded and failed</source>
        <translation>成功和失败</translation>
    </message>
    <message>
        <source>Rate and time left</source>
        <translation>速率和剩余时间</translation>
    </message>
    <message>
        <source>State of the job</source>
        <translation>作业状态</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the job</source>
        <translation>暂停作业</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
    <message>
        <source>Resume the job</source>
        <translation>继续作业</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>取消作业(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>取消作业</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>保存报告(&amp;S)…</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>将报告保存为 CSV</translation>
    </message>
</context>
<context>
    <name>BulkRunDialog</name>
    <message>
        <source>%v / %m</source>
        <translation>%v / %m</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Header</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>负载</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个项目</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n 个成员</numerusform>
        </translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <source>User pool:</source>
        <translation>用户池：</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>客户端 ID：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>客户端密钥：</translation>
    </message>
    <message>
        <source>&amp;Generate a client secret</source>
        <translation>生成客户端密钥(&amp;G)</translation>
    </message>
    <message>
        <source>Show &amp;secret</source>
        <translation>显示密钥(&amp;S)</translation>
    </message>
    <message>
        <source>Authentication flows:</source>
        <translation>身份验证流程：</translation>
    </message>
    <message>
        <source>SRP (ALLOW_USER_SRP_AUTH)</source>
        <translation>SRP (ALLOW_USER_SRP_AUTH)</translation>
    </message>
    <message>
        <source>Refresh tokens (ALLOW_REFRESH_TOKEN_AUTH)</source>
        <translation>刷新令牌 (ALLOW_REFRESH_TOKEN_AUTH)</translation>
    </message>
    <message>
        <source>Username and password (ALLOW_USER_PASSWORD_AUTH)</source>
        <translation>用户名和密码 (ALLOW_USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>Admin username and password (ALLOW_ADMIN_USER_PASSWORD_AUTH)</source>
        <translation>管理员用户名和密码 (ALLOW_ADMIN_USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>Custom (ALLOW_CUSTOM_AUTH)</source>
        <translation>自定义 (ALLOW_CUSTOM_AUTH)</translation>
    </message>
    <message>
        <source>&amp;Callback URLs:</source>
        <translation>回调 URL(&amp;C)：</translation>
    </message>
    <message>
        <source>one per line, e.g. https://app.example.com/callback</source>
        <translation>每行一个，例如 https://app.example.com/callback</translation>
    </message>
    <message>
        <source>Sign-&amp;out URLs:</source>
        <translation>注销 URL(&amp;O)：</translation>
    </message>
    <message>
        <source>one per line</source>
        <translation>每行一个</translation>
    </message>
    <message>
        <source>OAuth flows:</source>
        <translation>OAuth 流程：</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>Implicit</source>
        <translation>隐式授权</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>客户端凭证</translation>
    </message>
    <message>
        <source>OAuth scopes:</source>
        <translation>OAuth 范围：</translation>
    </message>
    <message>
        <source>custom scopes, separated by spaces (resource-server/scope)</source>
        <translation>自定义范围，以空格分隔 (resource-server/scope)</translation>
    </message>
    <message>
        <source>Identity providers:</source>
        <translation>身份提供商：</translation>
    </message>
    <message>
        <source>Cognito user pool (COGNITO)</source>
        <translation>Cognito 用户池 (COGNITO)</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>Custom scopes</source>
        <translation>自定义范围</translation>
    </message>
    <message>
        <source>Separated by spaces, as resource-server/scope</source>
        <translation>以空格分隔，格式为 resource-server/scope</translation>
    </message>
</context>
<context>
    <name>ConfirmSignUpDialog</name>
    <message>
        <source>Confirm Sign-up</source>
        <translation>确认注册</translation>
    </message>
</context>
<context>
    <name>CreateGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>新建组</translation>
    </message>
    <message>
        <source>User pool:</source>
        <translation>用户池：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Precedence:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <source>Lower values win when a user is in several groups with roles.</source>
        <translation>当用户属于多个带有角色的组时，值较小的组优先。</translation>
    </message>
    <message>
        <source>IAM &amp;role ARN:</source>
        <translation>IAM 角色 ARN(&amp;R)：</translation>
    </message>
    <message>
        <source>optional, arn:aws:iam::123456789012:role/NAME</source>
        <translation>可选，arn:aws:iam::123456789012:role/NAME</translation>
    </message>
    <message>
        <source>Precedence value</source>
        <translation>优先级值</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>Create User</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Invitation:</source>
        <translation>邀请(&amp;I)：</translation>
    </message>
    <message>
        <source>Deliver by:</source>
        <translation>发送方式：</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;SMS</source>
        <translation>短信(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>属性：</translation>
    </message>
</context>
<context>
    <name>FormStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>取消正在进行的操作</translation>
    </message>
</context>
<context>
    <name>GroupMembersDialog</name>
    <message>
        <source>Group members</source>
        <translation>组成员</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>成员：</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>移除所选项(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Usernames to add (one per line):</source>
        <translation>要添加的用户名（每行一个）(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Add to group</source>
        <translation>添加到组(&amp;A)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The pool&apos;s CSV header</source>
        <translation>用户池的 CSV 标头</translation>
    </message>
    <message>
        <source>Cognito imports a CSV file whose first line is the pool&apos;s header. Save it, add one line per user, then pick the file.</source>
        <translation>Cognito 导入的 CSV 文件第一行必须是该用户池的标头。请保存标头，为每个用户添加一行，然后选择该文件。</translation>
    </message>
    <message>
        <source>&amp;Save CSV header…</source>
        <translation>保存 CSV 标头(&amp;S)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>The users&apos; file</source>
        <translation>用户文件</translation>
    </message>
    <message>
        <source>The file is checked against the header before anything is uploaded.</source>
        <translation>上传任何内容之前，会先根据标头检查该文件。</translation>
    </message>
    <message>
        <source>&amp;Choose CSV file…</source>
        <translation>选择 CSV 文件(&amp;C)…</translation>
    </message>
    <message>
        <source>The import job</source>
        <translation>导入作业</translation>
    </message>
    <message>
        <source>Cognito writes the job&apos;s log to CloudWatch with an IAM role that trusts cognito-idp.amazonaws.com.</source>
        <translation>Cognito 通过一个信任 cognito-idp.amazonaws.com 的 IAM 角色将作业日志写入 CloudWatch。</translation>
    </message>
    <message>
        <source>Job &amp;name:</source>
        <translation>作业名称(&amp;N)：</translation>
    </message>
    <message>
        <source>CloudWatch Logs &amp;role ARN:</source>
        <translation>CloudWatch Logs 角色 ARN(&amp;R)：</translation>
    </message>
    <message>
        <source>arn:aws:iam::123456789012:role/Cognito-UserImport-Role</source>
        <translation>arn:aws:iam::123456789012:role/Cognito-UserImport-Role</translation>
    </message>
    <message>
        <source>Create the role for &amp;me</source>
        <translation>为我创建该角色(&amp;M)</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>The job is created, the file uploaded and the job started; its counts follow until it ends.</source>
        <translation>将创建作业、上传文件并启动作业；随后持续显示其计数，直到作业结束。</translation>
    </message>
    <message>
        <source>Job ID:</source>
        <translation>作业 ID：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation>已导入：</translation>
    </message>
    <message>
        <source>Skipped:</source>
        <translation>已跳过：</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>失败：</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>S&amp;top the job</source>
        <translation>停止作业(&amp;T)</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search the pool:</source>
        <translation>在用户池中搜索：</translation>
    </message>
    <message>
        <source>value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Filter loaded rows</source>
        <translation>筛选已加载的行</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>重新加载(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Search the pool by attribute</source>
        <translation>按属性在用户池中搜索</translation>
    </message>
    <message>
        <source>Search operator</source>
        <translation>搜索运算符</translation>
    </message>
    <message>
        <source>Search value</source>
        <translation>搜索值</translation>
    </message>
    <message>
        <source>Press Enter to search the pool</source>
        <translation>按 Enter 键在用户池中搜索</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>取消加载</translation>
    </message>
</context>
<context>
    <name>LoginCheckDialog</name>
    <message>
        <source>Why Can&apos;t This User Sign In?</source>
        <translation>该用户为何无法登录？</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>应用程序客户端(&amp;C)：</translation>
    </message>
    <message>
        <source>Sign-in &amp;flow:</source>
        <translation>登录流程(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>重定向 URI(&amp;R)：</translation>
    </message>
    <message>
        <source>Hosted UI only, e.g. https://app.example.com/callback</source>
        <translation>仅限托管 UI，例如 https://app.example.com/callback</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复方法</translation>
    </message>
    <message>
        <source>C&amp;heck Again</source>
        <translation>重新检查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Apply Fix…</source>
        <translation>应用修复(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cognito Desk</source>
        <translation>Cognito Desk</translation>
    </message>
    <message>
        <source>User pools</source>
        <translation>用户池</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置文件(&amp;P)…</translation>
    </message>
    <message>
        <source>Edit the saved profiles</source>
        <translation>编辑已保存的配置文件</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find in the list</source>
        <translation>在列表中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a user, group, app client or pool, as the page shows</source>
        <translation>根据当前页面，创建用户、组、应用程序客户端或用户池</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Enable the selected users</source>
        <translation>启用所选用户</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>禁用(&amp;I)</translation>
    </message>
    <message>
        <source>Disable the selected users</source>
        <translation>禁用所选用户</translation>
    </message>
    <message>
        <source>&amp;Sign up a user…</source>
        <translation>注册用户(&amp;S)…</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Confirm sign-up…</source>
        <translation>确认注册(&amp;C)…</translation>
    </message>
    <message>
        <source>Complete &amp;new-password challenge…</source>
        <translation>完成新密码质询(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import users from CSV…</source>
        <translation>从 CSV 导入用户(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Show the selected pool, group or app client</source>
        <translation>显示所选的用户池、组或应用程序客户端</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>The pools and their sections; the page of the chosen item is shown beside it</source>
        <translation>用户池及其各个部分；所选项目的页面显示在旁边</translation>
    </message>
    <message>
        <source>Add to &amp;group…</source>
        <translation>添加到组(&amp;G)…</translation>
    </message>
    <message>
        <source>Choose a group for the selected user in the detail pane</source>
        <translation>在详细信息窗格中为所选用户选择组</translation>
    </message>
    <message>
        <source>Go to the &amp;navigation</source>
        <translation>转到导航(&amp;N)</translation>
    </message>
    <message>
        <source>Go to the &amp;list</source>
        <translation>转到列表(&amp;L)</translation>
    </message>
    <message>
        <source>Go to the &amp;details</source>
        <translation>转到详细信息(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;reate users from CSV…</source>
        <translation>从 CSV 创建用户(&amp;R)…</translation>
    </message>
    <message>
        <source>Create one user per row of a CSV file, checked against the pool first</source>
        <translation>按 CSV 文件的每一行创建一个用户，并先根据用户池进行检查</translation>
    </message>
    <message>
        <source>Remove from gro&amp;up…</source>
        <translation>从组中移除(&amp;U)…</translation>
    </message>
    <message>
        <source>Remove the selected users from a group</source>
        <translation>将所选用户从组中移除</translation>
    </message>
    <message>
        <source>Reset pass&amp;word…</source>
        <translation>重置密码(&amp;W)…</translation>
    </message>
    <message>
        <source>Reset the passwords of the selected users: each gets a code to choose a new one</source>
        <translation>重置所选用户的密码：每个用户都会收到一个用于设置新密码的验证码</translation>
    </message>
    <message>
        <source>Sign &amp;out everywhere…</source>
        <translation>从所有设备注销(&amp;O)…</translation>
    </message>
    <message>
        <source>Sign the selected users out of every device</source>
        <translation>将所选用户从所有设备注销</translation>
    </message>
    <message>
        <source>Se&amp;t attribute…</source>
        <translation>设置属性(&amp;T)…</translation>
    </message>
    <message>
        <source>Set one attribute to one value for the selected users</source>
        <translation>为所选用户将一个属性设置为一个值</translation>
    </message>
    <message>
        <source>De&amp;lete attribute…</source>
        <translation>删除属性(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete one attribute of the selected users</source>
        <translation>删除所选用户的一个属性</translation>
    </message>
    <message>
        <source>Co&amp;mpare pool with…</source>
        <translation>将用户池与其他用户池比较(&amp;M)…</translation>
    </message>
    <message>
        <source>The settings, app clients, groups and domain that differ between this pool and another</source>
        <translation>此用户池与另一个用户池之间不同的设置、应用程序客户端、组和域</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <source>Every write made through Cognito Desk on this computer</source>
        <translation>在此计算机上通过 Cognito Desk 进行的所有写入操作</translation>
    </message>
    <message>
        <source>&amp;Back up pool…</source>
        <translation>备份用户池(&amp;B)…</translation>
    </message>
    <message>
        <source>Save the selected pool&apos;s configuration, app clients, groups, users and memberships to a file</source>
        <translation>将所选用户池的配置、应用程序客户端、组、用户和成员关系保存到文件</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Recreate a backup&apos;s groups, users and memberships in the selected pool or a new one</source>
        <translation>在所选用户池或新用户池中重新创建备份中的组、用户和成员关系</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Test users…</source>
        <translation>测试用户(&amp;T)…</translation>
    </message>
    <message>
        <source>Make the test users of a fixtures file exist in this pool, with known passwords, groups and TOTP</source>
        <translation>确保测试数据文件中的测试用户存在于此用户池中，并具有已知的密码、组和 TOTP</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>Complete First Sign-in</source>
        <translation>完成首次登录</translation>
    </message>
    <message>
        <source>The user signs in once with the temporary password; the pool then asks for a new one.</source>
        <translation>用户先使用临时密码登录一次，随后用户池会要求设置新密码。</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>应用程序客户端(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>临时密码(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>确认(&amp;F)：</translation>
    </message>
    <message>
        <source>The pool requires these attributes before the user can sign in:</source>
        <translation>用户登录前，用户池要求提供以下属性：</translation>
    </message>
</context>
<context>
    <name>OperationStatus</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the running operation</source>
        <translation>取消正在进行的操作</translation>
    </message>
</context>
<context>
    <name>PasswordEdit</name>
    <message>
        <source>Generate a random password that satisfies the pool&apos;s password policy</source>
        <translation>生成符合用户池密码策略的随机密码</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>Copy the generated password to the clipboard once; it is hidden afterwards</source>
        <translation>将生成的密码复制到剪贴板（仅限一次），之后密码将被隐藏</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PoolCompareDialog</name>
    <message>
        <source>Compare pools</source>
        <translation>比较用户池</translation>
    </message>
    <message>
        <source>Pool B&apos;s &amp;profile:</source>
        <translation>用户池 B 的配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Pool B&apos;s profile</source>
        <translation>用户池 B 的配置文件</translation>
    </message>
    <message>
        <source>Pool &amp;B:</source>
        <translation>用户池 B(&amp;B)：</translation>
    </message>
    <message>
        <source>Pool B</source>
        <translation>用户池 B</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the two pools</source>
        <translation>比较这两个用户池</translation>
    </message>
    <message>
        <source>State of the comparison</source>
        <translation>比较状态</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Pool A</source>
        <translation>用户池 A</translation>
    </message>
</context>
<context>
    <name>PoolDialog</name>
    <message>
        <source>Pool</source>
        <translation>用户池</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>ARN:</source>
        <translation>ARN：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Estimated users:</source>
        <translation>估计用户数：</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>登录方式：</translation>
    </message>
    <message>
        <source>Aliases:</source>
        <translation>别名：</translation>
    </message>
    <message>
        <source>Verified automatically:</source>
        <translation>自动验证：</translation>
    </message>
    <message>
        <source>MFA:</source>
        <translation>MFA：</translation>
    </message>
    <message>
        <source>Deletion protection:</source>
        <translation>删除保护：</translation>
    </message>
    <message>
        <source>Password policy:</source>
        <translation>密码策略：</translation>
    </message>
    <message>
        <source>Email settings</source>
        <translation>电子邮件设置</translation>
    </message>
    <message>
        <source>Sent with:</source>
        <translation>发送方式：</translation>
    </message>
    <message>
        <source>SES identity:</source>
        <translation>SES 身份：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>发件人：</translation>
    </message>
    <message>
        <source>Reply-to:</source>
        <translation>回复地址：</translation>
    </message>
    <message>
        <source>Hosted UI domain</source>
        <translation>托管 UI 域</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation>域：</translation>
    </message>
    <message>
        <source>&amp;New domain:</source>
        <translation>新域(&amp;N)：</translation>
    </message>
    <message>
        <source>prefix (my-app) or custom domain (auth.example.com)</source>
        <translation>前缀 (my-app) 或自定义域 (auth.example.com)</translation>
    </message>
    <message>
        <source>&amp;Certificate ARN:</source>
        <translation>证书 ARN(&amp;C)：</translation>
    </message>
    <message>
        <source>custom domains only: arn:aws:acm:us-east-1:…</source>
        <translation>仅限自定义域：arn:aws:acm:us-east-1:…</translation>
    </message>
    <message>
        <source>C&amp;reate domain</source>
        <translation>创建域(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Delete domain</source>
        <translation>删除域(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit settings…</source>
        <translation>编辑设置(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the pool&apos;s settings</source>
        <translation>编辑用户池的设置</translation>
    </message>
</context>
<context>
    <name>PoolSettingsDialog</name>
    <message>
        <source>New user pool</source>
        <translation>新建用户池</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Users sign in with their &amp;email address as username</source>
        <translation>用户以电子邮件地址作为用户名登录(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Verify email addresses automatically (send a code)</source>
        <translation>自动验证电子邮件地址（发送验证码）(&amp;V)</translation>
    </message>
    <message>
        <source>Only administrators create users (no self sign-up)</source>
        <translation>仅管理员可创建用户（不允许自助注册）</translation>
    </message>
    <message>
        <source>Password policy</source>
        <translation>密码策略</translation>
    </message>
    <message>
        <source>&amp;Minimum length:</source>
        <translation>最小长度(&amp;M)：</translation>
    </message>
    <message>
        <source>Uppercase</source>
        <translation>大写字母</translation>
    </message>
    <message>
        <source>Lowercase</source>
        <translation>小写字母</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>&amp;Temporary passwords expire after (days):</source>
        <translation>临时密码有效期（天）(&amp;T)：</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>&amp;Send with:</source>
        <translation>发送方式(&amp;S)：</translation>
    </message>
    <message>
        <source>Cognito&apos;s own mailer (limited daily quota)</source>
        <translation>Cognito 自带的邮件发送功能（每日配额有限）</translation>
    </message>
    <message>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <source>SES &amp;identity ARN:</source>
        <translation>SES 身份 ARN(&amp;I)：</translation>
    </message>
    <message>
        <source>arn:aws:ses:REGION:ACCOUNT:identity/example.com</source>
        <translation>arn:aws:ses:REGION:ACCOUNT:identity/example.com</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>发件人(&amp;F)：</translation>
    </message>
    <message>
        <source>optional, e.g. Example &lt;no-reply@example.com&gt;</source>
        <translation>可选，例如 Example &lt;no-reply@example.com&gt;</translation>
    </message>
    <message>
        <source>&amp;Reply-to:</source>
        <translation>回复地址(&amp;R)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>M&amp;FA:</source>
        <translation>MFA(&amp;F)：</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Optional: each user chooses</source>
        <translation>可选：由每个用户自行选择</translation>
    </message>
    <message>
        <source>Required for every user</source>
        <translation>所有用户必须使用</translation>
    </message>
    <message>
        <source>&amp;Deletion protection: the pool cannot be deleted while this is on</source>
        <translation>删除保护(&amp;D)：开启时无法删除用户池</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>区域(&amp;R)：</translation>
    </message>
    <message>
        <source>e.g. eu-west-1</source>
        <translation>例如 eu-west-1</translation>
    </message>
    <message>
        <source>&amp;Endpoint override:</source>
        <translation>终端节点覆盖(&amp;E)：</translation>
    </message>
    <message>
        <source>empty: the region&apos;s AWS endpoint</source>
        <translation>留空：使用该区域的 AWS 终端节点</translation>
    </message>
    <message>
        <source>User &amp;pool ID:</source>
        <translation>用户池 ID(&amp;P)：</translation>
    </message>
    <message>
        <source>App &amp;client ID:</source>
        <translation>应用程序客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>客户端密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Hosted-UI domain:</source>
        <translation>托管 UI 域(&amp;H)：</translation>
    </message>
    <message>
        <source>Call&amp;back URL:</source>
        <translation>回调 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>e.g. http://localhost:8080/callback</source>
        <translation>例如 http://localhost:8080/callback</translation>
    </message>
    <message>
        <source>AWS credentials</source>
        <translation>AWS 凭证</translation>
    </message>
    <message>
        <source>From an &amp;AWS profile:</source>
        <translation>来自 AWS 配置文件(&amp;A)：</translation>
    </message>
    <message>
        <source>From &amp;keys in the keychain:</source>
        <translation>来自钥匙串中的密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>From the en&amp;vironment (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)</source>
        <translation>来自环境变量 (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY)(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>S&amp;ave</source>
        <translation>保存(&amp;A)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>已保存的配置文件</translation>
    </message>
    <message>
        <source>AWS profile</source>
        <translation>AWS 配置文件</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The keychain request was canceled.</source>
        <translation>钥匙串请求已取消。</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore into</source>
        <translation>恢复到</translation>
    </message>
    <message>
        <source>The &amp;selected pool</source>
        <translation>所选用户池(&amp;S)</translation>
    </message>
    <message>
        <source>A &amp;new pool named:</source>
        <translation>新用户池，名称为(&amp;N)：</translation>
    </message>
    <message>
        <source>New pool name</source>
        <translation>新用户池名称</translation>
    </message>
    <message>
        <source>Temporary passwords</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Passwords cannot be exported from Cognito, so a backup holds none: every restored user gets a temporary password and must choose a new one at the first sign-in.</source>
        <translation>无法从 Cognito 导出密码，因此备份中不包含任何密码：每个恢复的用户都会获得一个临时密码，并且必须在首次登录时设置新密码。</translation>
    </message>
    <message>
        <source>&amp;Generate them and write them to a file (owner-only, never overwritten):</source>
        <translation>生成密码并写入文件（仅所有者可读，绝不覆盖）(&amp;G)：</translation>
    </message>
    <message>
        <source>Passwords &amp;file:</source>
        <translation>密码文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Let Cognito make them and send &amp;no invitation message</source>
        <translation>由 Cognito 生成，且不发送邀请消息(&amp;N)</translation>
    </message>
</context>
<context>
    <name>SetPasswordDialog</name>
    <message>
        <source>Set Password</source>
        <translation>设置密码</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;ermanent (otherwise the user must choose a new password at the next sign-in)</source>
        <translation>永久（否则用户必须在下次登录时设置新密码）(&amp;E)</translation>
    </message>
</context>
<context>
    <name>SignUpDialog</name>
    <message>
        <source>Sign Up a User</source>
        <translation>注册用户</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>应用程序客户端(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Attributes:</source>
        <translation>属性：</translation>
    </message>
    <message>
        <source>Confirmation c&amp;ode:</source>
        <translation>确认码(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Resend code</source>
        <translation>重新发送确认码(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TokenWorkbench</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>App &amp;client:</source>
        <translation>应用程序客户端(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>客户端：</translation>
    </message>
    <message>
        <source>Token &amp;endpoint:</source>
        <translation>令牌终端节点(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Hosted UI &amp;domain:</source>
        <translation>托管 UI 域(&amp;D)：</translation>
    </message>
    <message>
        <source>https://PREFIX.auth.REGION.amazoncognito.com</source>
        <translation>https://PREFIX.auth.REGION.amazoncognito.com</translation>
    </message>
    <message>
        <source>&amp;Redirect URI:</source>
        <translation>重定向 URI(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>范围(&amp;S)：</translation>
    </message>
    <message>
        <source>Sign &amp;in</source>
        <translation>登录(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>质询</translation>
    </message>
    <message>
        <source>Set &amp;password</source>
        <translation>设置密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>验证(&amp;V)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID 令牌</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Copy I&amp;D token</source>
        <translation>复制 ID 令牌(&amp;D)</translation>
    </message>
    <message>
        <source>Copy &amp;access token</source>
        <translation>复制访问令牌(&amp;A)</translation>
    </message>
    <message>
        <source>Copy refresh &amp;token</source>
        <translation>复制刷新令牌(&amp;T)</translation>
    </message>
    <message>
        <source>API request</source>
        <translation>API 请求</translation>
    </message>
    <message>
        <source>UR&amp;L:</source>
        <translation>URL(&amp;L)：</translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation>令牌(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Bearer prefix</source>
        <translation>Bearer 前缀(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Headers:</source>
        <translation>标头(&amp;H)：</translation>
    </message>
    <message>
        <source>One per line: Name: value</source>
        <translation>每行一个，格式为“名称: 值”</translation>
    </message>
    <message>
        <source>B&amp;ody:</source>
        <translation>正文(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>复制为 curl 命令(&amp;U)</translation>
    </message>
    <message>
        <source>Response:</source>
        <translation>响应：</translation>
    </message>
    <message>
        <source>ID token claims</source>
        <translation>ID 令牌声明</translation>
    </message>
    <message>
        <source>Access token claims</source>
        <translation>访问令牌声明</translation>
    </message>
    <message>
        <source>Refresh the tokens</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP 方法</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>响应标头</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>响应正文</translation>
    </message>
</context>
<context>
    <name>UserDetailPane</name>
    <message>
        <source>No user selected</source>
        <translation>未选择用户</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Attribute, e.g. custom:team</source>
        <translation>属性，例如 custom:team</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>&amp;Set</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>Delete selected attributes</source>
        <translation>删除所选属性</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>&amp;Add to group</source>
        <translation>添加到组(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove from group</source>
        <translation>从组中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>设置密码(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Confirm sign-up…</source>
        <translation>确认注册(&amp;C)…</translation>
    </message>
    <message>
        <source>Complete &amp;new-password challenge…</source>
        <translation>完成新密码质询(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;lete user…</source>
        <translation>删除用户(&amp;L)…</translation>
    </message>
    <message>
        <source>User attributes</source>
        <translation>用户属性</translation>
    </message>
    <message>
        <source>Attribute name</source>
        <translation>属性名称</translation>
    </message>
    <message>
        <source>Attribute value</source>
        <translation>属性值</translation>
    </message>
    <message>
        <source>Press Enter to set the attribute</source>
        <translation>按 Enter 键设置属性</translation>
    </message>
    <message>
        <source>Set attribute</source>
        <translation>设置属性</translation>
    </message>
    <message>
        <source>Groups of the user</source>
        <translation>用户所属的组</translation>
    </message>
    <message>
        <source>Group to add the user to</source>
        <translation>要将用户添加到的组</translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>禁用用户</translation>
    </message>
    <message>
        <source>W&amp;hy can&apos;t this user sign in?…</source>
        <translation>该用户为何无法登录？(&amp;H)…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::AttributesForm</name>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>+15551234567</source>
        <translation>+15551234567</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <translation>%1（必填）：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 must be true or false.</source>
        <translation>%1 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 必须为数字。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::AuditLogDialog</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Any operation</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <source>Every write made through Cognito Desk on this computer, by the app or the command line: %1</source>
        <translation>在此计算机上通过 Cognito Desk（应用程序或命令行）进行的所有写入操作：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 writes shown.</source>
        <translation>
            <numerusform>显示了 %1 个写入操作中的 %n 个。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdesk::gui::BackupController</name>
    <message>
        <source>Back up pool</source>
        <translation>备份用户池</translation>
    </message>
    <message>
        <source>Backups (*.json)</source>
        <translation>备份 (*.json)</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>正在备份 %1…</translation>
    </message>
    <message>
        <source>Backing up %1: its configuration…</source>
        <translation>正在备份 %1：配置…</translation>
    </message>
    <message numerus="yes">
        <source>Backing up %1: %n app client(s)…</source>
        <translation>
            <numerusform>正在备份 %1：%n 个应用程序客户端…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backing up %1: %n group(s)…</source>
        <translation>
            <numerusform>正在备份 %1：%n 个组…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backing up %1: %n user(s)…</source>
        <translation>
            <numerusform>正在备份 %1：%n 个用户…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backing up %1: the members of %n group(s)…</source>
        <translation>
            <numerusform>正在备份 %1：%n 个组的成员…</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of %1 canceled: nothing was written.</source>
        <translation>%1 的备份已取消：未写入任何内容。</translation>
    </message>
    <message>
        <source>Could not back up %1: %2</source>
        <translation>无法备份 %1：%2</translation>
    </message>
    <message>
        <source>Could not write the backup to %1: %2</source>
        <translation>无法将备份写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Backed up %1 to %2: %n user(s), %3 group(s), %4 app client(s).</source>
        <translation>
            <numerusform>已将 %1 备份到 %2：%n 个用户，%3 个组，%4 个应用程序客户端。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Backups (*.json);;All files (*)</source>
        <translation>备份 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2 Nothing was sent.</source>
        <translation>无法恢复 %1：%2 未发送任何内容。</translation>
    </message>
    <message>
        <source>Restoring into %1…</source>
        <translation>正在恢复到 %1…</translation>
    </message>
    <message>
        <source>Created pool %1 (%2); its app clients…</source>
        <translation>已创建用户池 %1 (%2)；正在创建其应用程序客户端…</translation>
    </message>
    <message>
        <source>Restoring into %1: the groups…</source>
        <translation>正在恢复到 %1：组…</translation>
    </message>
    <message>
        <source>Restore, job %1</source>
        <translation>恢复，作业 %1</translation>
    </message>
    <message>
        <source>Restore canceled.</source>
        <translation>恢复已取消。</translation>
    </message>
    <message>
        <source>The restore stopped: %1</source>
        <translation>恢复已停止：%1</translation>
    </message>
    <message>
        <source>%1 (pool %2)</source>
        <translation>%1（用户池 %2）</translation>
    </message>
    <message>
        <source>Restored into %1: %2 user(s) created, %3 skipped, %4 failed (job %5).</source>
        <translation>已恢复到 %1：创建 %2 个用户，跳过 %3 个，失败 %4 个（作业 %5）。</translation>
    </message>
    <message>
        <source>Restore into %1 canceled: %2 user(s) created, %3 skipped, %4 failed; resume job %5 to finish it.</source>
        <translation>恢复到 %1 已取消：创建 %2 个用户，跳过 %3 个，失败 %4 个；继续作业 %5 即可完成。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The backup was restored into the new pool %1.</source>
        <translation>备份已恢复到新用户池 %1。</translation>
    </message>
    <message>
        <source>The backup had no app client.</source>
        <translation>备份中没有应用程序客户端。</translation>
    </message>
    <message>
        <source>Its app clients have new ids (old → new):
%1</source>
        <translation>其应用程序客户端已分配新的 ID（旧 → 新）：
%1</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::BulkJobDialog</name>
    <message>
        <source>Bulk job</source>
        <translation>批量作业</translation>
    </message>
    <message>
        <source>Canceling: the users under way finish, nothing new is sent.</source>
        <translation>正在取消：正在处理的用户将完成，不再发送新的请求。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Job %1: %2, %n user(s) of pool %3.</source>
        <translation>
            <numerusform>作业 %1：%2，用户池 %3 中的 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk job %1</source>
        <translation>批量作业 %1</translation>
    </message>
    <message>
        <source>The job could not run: %1</source>
        <translation>作业无法运行：%1</translation>
    </message>
    <message>
        <source>Finished.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Canceled. The users not done are kept in the job&apos;s journal: the job can be resumed later.</source>
        <translation>已取消。未处理的用户保留在作业日志中：稍后可以继续该作业。</translation>
    </message>
    <message>
        <source>Succeeded: %1. Failed: %2.</source>
        <translation>成功：%1。失败：%2。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 users per second, time left: %2</source>
        <translation>每秒 %1 个用户，剩余时间：%2</translation>
    </message>
    <message>
        <source>Paused: the users under way finish, nothing new is sent until Resume.</source>
        <translation>已暂停：正在处理的用户将完成，在继续之前不会发送新的请求。</translation>
    </message>
    <message>
        <source>Running.</source>
        <translation>正在运行。</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2</source>
        <translation>无法将报告保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::BusyIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::ConfirmSignUpDialog</name>
    <message>
        <source>Confirm the sign-up of %1 without the code the user was sent? The user can sign in with the password chosen at sign-up; email and phone number stay unverified.</source>
        <translation>要在不使用已发送给用户的验证码的情况下确认 %1 的注册吗？该用户可以使用注册时设置的密码登录；电子邮件和电话号码将保持未验证状态。</translation>
    </message>
    <message>
        <source>&amp;Confirm Sign-up</source>
        <translation>确认注册(&amp;C)</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::CreateUserDialog</name>
    <message>
        <source>Send the invitation</source>
        <translation>发送邀请</translation>
    </message>
    <message>
        <source>Send nothing (suppress)</source>
        <translation>不发送任何内容 (suppress)</translation>
    </message>
    <message>
        <source>Send the invitation again (existing user)</source>
        <translation>再次发送邀请（现有用户）</translation>
    </message>
    <message>
        <source>C&amp;reate User</source>
        <translation>创建用户(&amp;R)</translation>
    </message>
    <message>
        <source>empty: Cognito generates one and sends it</source>
        <translation>留空：由 Cognito 生成并发送</translation>
    </message>
    <message>
        <source>&amp;Email or phone number:</source>
        <translation>电子邮件或电话号码(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>电子邮件地址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone number:</source>
        <translation>电话号码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>This pool&apos;s usernames are email addresses or phone numbers (+15551234567).</source>
        <translation>此用户池的用户名为电子邮件地址或电话号码 (+15551234567)。</translation>
    </message>
    <message>
        <source>This pool&apos;s usernames are email addresses.</source>
        <translation>此用户池的用户名为电子邮件地址。</translation>
    </message>
    <message>
        <source>This pool&apos;s usernames are phone numbers (+15551234567).</source>
        <translation>此用户池的用户名为电话号码 (+15551234567)。</translation>
    </message>
    <message>
        <source>Choose how the invitation is delivered: email, SMS or both.</source>
        <translation>请选择邀请的发送方式：电子邮件、短信或两者。</translation>
    </message>
    <message>
        <source>An invitation by email needs the email attribute.</source>
        <translation>通过电子邮件发送邀请需要 email 属性。</translation>
    </message>
    <message>
        <source>An invitation by SMS needs the phone_number attribute.</source>
        <translation>通过短信发送邀请需要 phone_number 属性。</translation>
    </message>
    <message>
        <source>No invitation is sent: type or generate the temporary password, or nobody will know it.</source>
        <translation>不会发送邀请：请输入或生成临时密码，否则没有人会知道该密码。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::CsvCreateDialog</name>
    <message>
        <source>There is no connection.</source>
        <translation>没有连接。</translation>
    </message>
    <message>
        <source>Create users from CSV</source>
        <translation>从 CSV 创建用户</translation>
    </message>
    <message>
        <source>Creates one user per row of a CSV file in pool %1. The header names the columns: username, the pool&apos;s attributes (email, phone_number, custom:…) and optionally groups (several separated by ;). The whole file is checked against the pool first; nothing is created while a line is wrong.</source>
        <translation>按 CSV 文件的每一行在用户池 %1 中创建一个用户。标头指定各列的名称：username、用户池的属性（email、phone_number、custom:…）以及可选的 groups（多个组以 ; 分隔）。系统会先根据用户池检查整个文件；只要有一行有误，就不会创建任何用户。</translation>
    </message>
    <message>
        <source>CSV &amp;file:</source>
        <translation>CSV 文件(&amp;F)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>Pre&amp;view:</source>
        <translation>预览(&amp;V)：</translation>
    </message>
    <message>
        <source>Pro&amp;blems:</source>
        <translation>问题(&amp;B)：</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>&amp;Generate a temporary password for each user (to the pool&apos;s password policy)</source>
        <translation>为每个用户生成临时密码（符合用户池的密码策略）(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Passwords file:</source>
        <translation>密码文件(&amp;P)：</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>选择(&amp;O)…</translation>
    </message>
    <message>
        <source>The generated passwords are written to this file only (readable by you alone); an existing file is never overwritten. Without generated passwords Cognito makes the temporary passwords and sends them in the invitation.</source>
        <translation>生成的密码只会写入此文件（仅您本人可读）；现有文件绝不会被覆盖。如果不生成密码，Cognito 会创建临时密码并在邀请中发送。</translation>
    </message>
    <message>
        <source>&amp;Invitation message:</source>
        <translation>邀请消息(&amp;I)：</translation>
    </message>
    <message>
        <source>Send it</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Suppress it (send nothing)</source>
        <translation>不发送 (suppress)</translation>
    </message>
    <message>
        <source>Also add every user &amp;to:</source>
        <translation>同时将每个用户添加到(&amp;T)：</translation>
    </message>
    <message>
        <source>At most (requests per &amp;second):</source>
        <translation>上限（每秒请求数）(&amp;S)：</translation>
    </message>
    <message>
        <source>The quota</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>The operation&apos;s Cognito quota unless set; lowered on throttling either way.</source>
        <translation>未设置时使用该操作的 Cognito 配额；无论哪种情况，遇到限流时都会降低。</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>创建(&amp;C)</translation>
    </message>
    <message>
        <source>Choose the CSV file</source>
        <translation>选择 CSV 文件</translation>
    </message>
    <message>
        <source>Choose the passwords file</source>
        <translation>选择密码文件</translation>
    </message>
    <message>
        <source>Preview of the file</source>
        <translation>文件预览</translation>
    </message>
    <message>
        <source>Problems, by line</source>
        <translation>问题（按行）</translation>
    </message>
    <message>
        <source>Groups every user is also added to</source>
        <translation>每个用户还将被添加到的组</translation>
    </message>
    <message>
        <source>Choose the users&apos; CSV file</source>
        <translation>选择用户的 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Where the generated passwords go</source>
        <translation>生成的密码的保存位置</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Pro&amp;blems: none</source>
        <translation>问题(&amp;B)：无</translation>
    </message>
    <message numerus="yes">
        <source>Pro&amp;blems (%n):</source>
        <translation>
            <numerusform>问题（%n 个）(&amp;B)：</numerusform>
        </translation>
    </message>
    <message>
        <source>The pool could not be read: %1</source>
        <translation>无法读取用户池：%1</translation>
    </message>
    <message>
        <source>Choose the CSV file of the users to create.</source>
        <translation>请选择要创建的用户的 CSV 文件。</translation>
    </message>
    <message>
        <source>Reading the pool&apos;s attributes and groups…</source>
        <translation>正在读取用户池的属性和组…</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): nothing can be created until the file is fixed.</source>
        <translation>
            <numerusform>%n 个问题：在修正文件之前无法创建任何用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The file names no users.</source>
        <translation>文件中没有任何用户。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s), no problems. Choose the file the generated passwords go to.</source>
        <translation>
            <numerusform>%n 个用户，没有问题。请选择生成的密码要写入的文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to create, no problems.</source>
        <translation>
            <numerusform>要创建 %n 个用户，没有问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first %1 rows.</source>
        <translation>预览显示前 %1 行。</translation>
    </message>
    <message>
        <source>%1 exists: the passwords file is never overwritten. Choose a new file.</source>
        <translation>%1 已存在：密码文件绝不会被覆盖。请选择新文件。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::FixturesDialog</name>
    <message>
        <source>There is no connection.</source>
        <translation>没有连接。</translation>
    </message>
    <message>
        <source>Test users</source>
        <translation>测试用户</translation>
    </message>
    <message>
        <source>Makes the test users of a fixtures file (YAML or JSON) exist in pool %1 as the file describes them: attributes, groups, enabled, a known password and TOTP. Check shows what would change for each user without writing anything; Apply does it. The passwords and TOTP secrets are kept in the keychain.</source>
        <translation>确保测试数据文件（YAML 或 JSON）中的测试用户按文件描述存在于用户池 %1 中：属性、组、启用状态、已知密码和 TOTP。“检查”会显示每个用户将发生的更改，而不写入任何内容；“应用”则执行这些更改。密码和 TOTP 密钥保存在钥匙串中。</translation>
    </message>
    <message>
        <source>Fixtures &amp;file:</source>
        <translation>测试数据文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Open file…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>App client for TOTP &amp;enrolment:</source>
        <translation>用于 TOTP 注册的应用程序客户端(&amp;E)：</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>TOTP enrolment signs in as the user: the app client must allow ADMIN_USER_PASSWORD_AUTH.</source>
        <translation>TOTP 注册会以该用户身份登录：应用程序客户端必须允许 ADMIN_USER_PASSWORD_AUTH。</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>计划(&amp;P)：</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Apply…</source>
        <translation>应用(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Open a fixtures file</source>
        <translation>打开测试数据文件</translation>
    </message>
    <message>
        <source>Plan and outcome for each test user</source>
        <translation>每个测试用户的计划和结果</translation>
    </message>
    <message>
        <source>Check what applying the file would change</source>
        <translation>检查应用该文件将带来的更改</translation>
    </message>
    <message>
        <source>Apply the plan to the pool</source>
        <translation>将计划应用到用户池</translation>
    </message>
    <message>
        <source>Stop the run under way</source>
        <translation>停止当前正在执行的操作</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Fixtures files (*.yaml *.yml *.json);;All files (*)</source>
        <translation>测试数据文件 (*.yaml *.yml *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file has a mistake, nothing can be applied: %1</source>
        <translation>文件有错误，无法应用任何内容：%1</translation>
    </message>
    <message>
        <source>The file lists no users.</source>
        <translation>文件中未列出任何用户。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) read. Check shows what applying the file would change.</source>
        <translation>
            <numerusform>已读取 %n 个用户。“检查”会显示应用该文件将带来的更改。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the users…</source>
        <translation>正在读取用户…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) would change.</source>
        <translation>
            <numerusform>将更改 %n 个用户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) could not be read.</source>
        <translation>
            <numerusform>无法读取 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply test users</source>
        <translation>应用测试用户</translation>
    </message>
    <message numerus="yes">
        <source>Apply the plan to pool %1? %n user(s) will be created or updated.</source>
        <translation>
            <numerusform>要将计划应用到用户池 %1 吗？将创建或更新 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the app client…</source>
        <translation>正在读取应用程序客户端…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>正在应用…</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>已应用。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) failed: see the Outcome column.</source>
        <translation>
            <numerusform>%n 个用户失败：请参阅“结果”列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无更改</translation>
    </message>
    <message>
        <source>attributes set: %1</source>
        <translation>设置属性：%1</translation>
    </message>
    <message>
        <source>added to: %1</source>
        <translation>添加到组：%1</translation>
    </message>
    <message>
        <source>removed from: %1</source>
        <translation>从组中移除：%1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>password set (kept in the keychain)</source>
        <translation>设置密码（保存在钥匙串中）</translation>
    </message>
    <message>
        <source>old TOTP turned off</source>
        <translation>关闭旧的 TOTP</translation>
    </message>
    <message>
        <source>TOTP enrolled (secret kept in the keychain)</source>
        <translation>注册 TOTP（密钥保存在钥匙串中）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::FormStatus</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::ListPage</name>
    <message>
        <source>starts with</source>
        <translation>开头为</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>等于</translation>
    </message>
    <message numerus="yes">
        <source>Loading… (%n loaded)</source>
        <translation>
            <numerusform>正在加载…（已加载 %n 项）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n loaded; scroll down for more.</source>
        <translation>
            <numerusform>已加载 %n 项；向下滚动以加载更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in all.</source>
        <translation>
            <numerusform>共 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>无法加载：%1</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::LoginCheckDialog</name>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>阻碍</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Nothing blocks %1&apos;s sign-in.</source>
        <translation>没有任何因素阻止 %1 登录。</translation>
    </message>
    <message>
        <source>%1 cannot sign in: fix the blockers below.</source>
        <translation>%1 无法登录：请修复以下阻碍。</translation>
    </message>
    <message>
        <source>Apply Fix</source>
        <translation>应用修复</translation>
    </message>
    <message>
        <source>%1

Do this now for %2?</source>
        <translation>%1

现在对 %2 执行此操作吗？</translation>
    </message>
    <message>
        <source>(none: check the user and the pool only)</source>
        <translation>（无：仅检查用户和用户池）</translation>
    </message>
    <message>
        <source>Password (USER_PASSWORD_AUTH)</source>
        <translation>密码 (USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>SRP (USER_SRP_AUTH)</source>
        <translation>SRP (USER_SRP_AUTH)</translation>
    </message>
    <message>
        <source>Admin (ADMIN_USER_PASSWORD_AUTH)</source>
        <translation>管理员 (ADMIN_USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>Hosted UI</source>
        <translation>托管 UI</translation>
    </message>
    <message>
        <source>Why Can&apos;t %1 Sign In?</source>
        <translation>%1 为何无法登录？</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::MainWindow</name>
    <message>
        <source>User pools</source>
        <translation>用户池</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
    <message>
        <source>App clients</source>
        <translation>应用程序客户端</translation>
    </message>
    <message>
        <source>Import jobs</source>
        <translation>导入作业</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>There is no profile named %1.</source>
        <translation>不存在名为 %1 的配置文件。</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Could not open the profile %1: %2</source>
        <translation>无法打开配置文件 %1：%2</translation>
    </message>
    <message>
        <source>(command line and environment)</source>
        <translation>（命令行和环境变量）</translation>
    </message>
    <message>
        <source>(no profile)</source>
        <translation>（无配置文件）</translation>
    </message>
    <message>
        <source>User pools — %1</source>
        <translation>用户池 — %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 的%1</translation>
    </message>
    <message>
        <source>Cognito Desk</source>
        <translation>Cognito Desk</translation>
    </message>
    <message>
        <source>Cognito Desk — %1 (%2)</source>
        <translation>Cognito Desk — %1 (%2)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>终端节点 %1</translation>
    </message>
    <message>
        <source>Region %1</source>
        <translation>区域 %1</translation>
    </message>
    <message>
        <source>Credentials: not used yet</source>
        <translation>凭证：尚未使用</translation>
    </message>
    <message>
        <source>Credentials: %1</source>
        <translation>凭证：%1</translation>
    </message>
    <message>
        <source>Profile %1 · %2</source>
        <translation>配置文件 %1 · %2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>Connect with another saved profile</source>
        <translation>使用另一个已保存的配置文件连接</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>%1列表</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users</source>
        <translation>
            <numerusform>删除 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the selected rows</source>
        <translation>删除所选行</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>启用 %1</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n users</source>
        <translation>
            <numerusform>启用 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable the selected users</source>
        <translation>启用所选用户</translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>禁用 %1</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n users</source>
        <translation>
            <numerusform>禁用 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable the selected users</source>
        <translation>禁用所选用户</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <source>Confirm the sign-up of %1</source>
        <translation>确认 %1 的注册</translation>
    </message>
    <message>
        <source>Answer the new-password challenge of %1</source>
        <translation>回应 %1 的新密码质询</translation>
    </message>
    <message numerus="yes">
        <source>The bulk job %1 (%2 of %n user(s) in pool %3, started %4) was interrupted with %5 done. Finish it now? Every user not done yet is done once.</source>
        <translation>
            <numerusform>批量作业 %1（对用户池 %3 中的 %n 个用户执行 %2，开始于 %4）在完成 %5 个后被中断。要立即完成吗？每个尚未处理的用户只会处理一次。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume bulk job</source>
        <translation>继续批量作业</translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>添加到组</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>从组中移除</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected user(s) to the group:</source>
        <translation>
            <numerusform>将所选的 %n 个用户添加到组：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n selected user(s) from the group:</source>
        <translation>
            <numerusform>将所选的 %n 个用户从组中移除：</numerusform>
        </translation>
    </message>
    <message>
        <source>Set attribute</source>
        <translation>设置属性</translation>
    </message>
    <message>
        <source>The attribute and its value, as NAME=VALUE (for example custom:team=blue):</source>
        <translation>属性及其值，格式为 NAME=VALUE（例如 custom:team=blue）：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not NAME=VALUE.</source>
        <translation>&quot;%1&quot; 不是 NAME=VALUE 格式。</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>删除属性</translation>
    </message>
    <message>
        <source>The name of the attribute to delete (for example custom:team):</source>
        <translation>要删除的属性的名称（例如 custom:team）：</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::NewPasswordDialog</name>
    <message>
        <source>No app client of this pool allows ALLOW_ADMIN_USER_PASSWORD_AUTH; enable it on one to walk users through their first sign-in.</source>
        <translation>此用户池中没有允许 ALLOW_ADMIN_USER_PASSWORD_AUTH 的应用程序客户端；请在其中一个客户端上启用它，以便引导用户完成首次登录。</translation>
    </message>
    <message>
        <source>&amp;Set New Password</source>
        <translation>设置新密码(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the user&apos;s temporary password.</source>
        <translation>请输入该用户的临时密码。</translation>
    </message>
    <message>
        <source>Choose an app client…</source>
        <translation>选择应用程序客户端…</translation>
    </message>
    <message>
        <source>Choose an app client.</source>
        <translation>请选择应用程序客户端。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::NewPasswordForm</name>
    <message>
        <source>Enter the new password.</source>
        <translation>请输入新密码。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::PasswordEdit</name>
    <message>
        <source>Copied to the clipboard. It is no longer shown here; paste it where it is needed before you copy anything else.</source>
        <translation>已复制到剪贴板。此处不再显示该密码；请在复制其他内容之前，将其粘贴到需要的位置。</translation>
    </message>
    <message>
        <source>Generated. Copy it now: it is shown only until you copy it.</source>
        <translation>已生成。请立即复制：复制后将不再显示。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Generate %1</source>
        <translation>生成%1</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>复制%1</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::ProfilesController</name>
    <message>
        <source>A profile name has letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>配置文件名称只能包含字母、数字、&apos;.&apos;、&apos;_&apos; 和 &apos;-&apos;。</translation>
    </message>
    <message>
        <source>Enter the secret access key: it is stored in the system keychain.</source>
        <translation>请输入秘密访问密钥：它将存储在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Nothing was saved. %1</source>
        <translation>未保存任何内容。%1</translation>
    </message>
    <message>
        <source>The profile was removed, but its keychain entries were not: %1</source>
        <translation>配置文件已删除，但其钥匙串条目未删除：%1</translation>
    </message>
    <message>
        <source>Connected to %1: ListUserPools answered, signed with %2.</source>
        <translation>已连接到 %1：ListUserPools 已响应，使用 %2 签名。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::ProfilesDialog</name>
    <message>
        <source>stored in the keychain; type to replace</source>
        <translation>已存储在钥匙串中；输入以替换</translation>
    </message>
    <message>
        <source>none (public client)</source>
        <translation>无（公有客户端）</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>秘密访问密钥</translation>
    </message>
    <message>
        <source>A profile named %1 exists already.</source>
        <translation>名为 %1 的配置文件已存在。</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile %1 and its keychain entries?</source>
        <translation>要删除配置文件 %1 及其钥匙串条目吗？</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Choose an AWS profile…</source>
        <translation>选择 AWS 配置文件…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::RestoreDialog</name>
    <message>
        <source>%1-restored</source>
        <translation>%1-restored</translation>
    </message>
    <message>
        <source>Enter the new pool&apos;s name.</source>
        <translation>请输入新用户池的名称。</translation>
    </message>
    <message>
        <source>Select a pool in the window first, or restore into a new pool.</source>
        <translation>请先在窗口中选择一个用户池，或恢复到新用户池。</translation>
    </message>
    <message>
        <source>Choose the file the generated passwords are written to.</source>
        <translation>请选择要写入生成的密码的文件。</translation>
    </message>
    <message>
        <source>%1 exists: the passwords file is never overwritten.</source>
        <translation>%1 已存在：密码文件绝不会被覆盖。</translation>
    </message>
    <message>
        <source>Passwords file</source>
        <translation>密码文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%1: pool %2 (%3), backed up %4, with %n user(s), %5 group(s) and %6 app client(s).</source>
        <translation>
            <numerusform>%1：用户池 %2 (%3)，备份于 %4，包含 %n 个用户、%5 个组和 %6 个应用程序客户端。</numerusform>
        </translation>
    </message>
    <message>
        <source>The &amp;selected pool (none is selected)</source>
        <translation>所选用户池（未选择任何用户池）(&amp;S)</translation>
    </message>
    <message>
        <source>The &amp;selected pool, %1 (users already in it are skipped)</source>
        <translation>所选用户池 %1（其中已有的用户将被跳过）(&amp;S)</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::SavedSessions</name>
    <message>
        <source>&amp;Environment:</source>
        <translation>环境(&amp;E)：</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>The profile whose endpoint&apos;s saved sessions are listed</source>
        <translation>列出所选配置文件的终端节点中已保存的会话</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>App client</source>
        <translation>应用程序客户端</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Saved sessions</source>
        <translation>已保存的会话</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Token to copy</source>
        <translation>要复制的令牌</translation>
    </message>
    <message>
        <source>Which token Copy fresh token copies</source>
        <translation>“复制新令牌”所复制的令牌</translation>
    </message>
    <message>
        <source>&amp;Use</source>
        <translation>使用(&amp;U)</translation>
    </message>
    <message>
        <source>Use the saved session</source>
        <translation>使用已保存的会话</translation>
    </message>
    <message>
        <source>Copy &amp;fresh token</source>
        <translation>复制新令牌(&amp;F)</translation>
    </message>
    <message>
        <source>Copy a fresh token of the saved session</source>
        <translation>复制已保存会话的新令牌</translation>
    </message>
    <message>
        <source>For&amp;get</source>
        <translation>忘记(&amp;G)</translation>
    </message>
    <message>
        <source>Forget the saved session</source>
        <translation>忘记已保存的会话</translation>
    </message>
    <message>
        <source>Sa&amp;ve session</source>
        <translation>保存会话(&amp;V)</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Keep this sign-in in the keychain, where the CLI&apos;s token get USER finds it</source>
        <translation>将此登录保存在钥匙串中，CLI 的 token get USER 会在那里找到它</translation>
    </message>
    <message>
        <source>Saved sessions status</source>
        <translation>已保存会话的状态</translation>
    </message>
    <message>
        <source>(this connection)</source>
        <translation>（此连接）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>已于 %1 过期</translation>
    </message>
    <message>
        <source>Could not load the session of %1: %2</source>
        <translation>无法加载 %1 的会话：%2</translation>
    </message>
    <message>
        <source>Showing the saved session of %1.</source>
        <translation>正在显示 %1 的已保存会话。</translation>
    </message>
    <message>
        <source>Getting a fresh token for %1...</source>
        <translation>正在获取 %1 的新令牌...</translation>
    </message>
    <message>
        <source>Getting a fresh token for %1 was canceled.</source>
        <translation>获取 %1 的新令牌已取消。</translation>
    </message>
    <message>
        <source>The session of %1 expires soon and could not be refreshed (sign in again): %2</source>
        <translation>%1 的会话即将过期，且无法刷新（请重新登录）：%2</translation>
    </message>
    <message>
        <source>The session of %1 was refreshed but could not be saved: %2</source>
        <translation>%1 的会话已刷新，但无法保存：%2</translation>
    </message>
    <message>
        <source>The session of %1 has no ID token.</source>
        <translation>%1 的会话没有 ID 令牌。</translation>
    </message>
    <message>
        <source>The session of %1 has no access token.</source>
        <translation>%1 的会话没有访问令牌。</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID 令牌</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Refreshed the session of %1 and copied its %2.</source>
        <translation>已刷新 %1 的会话并复制其%2。</translation>
    </message>
    <message>
        <source>Copied the %2 of %1.</source>
        <translation>已复制 %1 的%2。</translation>
    </message>
    <message>
        <source>Forget Session</source>
        <translation>忘记会话</translation>
    </message>
    <message>
        <source>Forget the saved session of %1 (app client %2)? Its tokens are removed from the keychain; the CLI cannot use it either.</source>
        <translation>要忘记 %1 的已保存会话（应用程序客户端 %2）吗？其令牌将从钥匙串中删除；CLI 也将无法使用它。</translation>
    </message>
    <message>
        <source>Could not forget the session of %1: %2</source>
        <translation>无法忘记 %1 的会话：%2</translation>
    </message>
    <message>
        <source>Forgot the session of %1.</source>
        <translation>已忘记 %1 的会话。</translation>
    </message>
    <message>
        <source>Could not save the session of %1: %2</source>
        <translation>无法保存 %1 的会话：%2</translation>
    </message>
    <message>
        <source>Saved the session of %1: the CLI&apos;s token get %1 --client-id %2 uses it.</source>
        <translation>已保存 %1 的会话：CLI 的 token get %1 --client-id %2 会使用它。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::SetPasswordDialog</name>
    <message>
        <source>&amp;Set Password</source>
        <translation>设置密码(&amp;S)</translation>
    </message>
    <message>
        <source>Enter or generate a password.</source>
        <translation>请输入或生成密码。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::SignUpDialog</name>
    <message>
        <source>%1 (with secret)</source>
        <translation>%1（带密钥）</translation>
    </message>
    <message>
        <source>This pool has no app client: create one first.</source>
        <translation>此用户池没有应用程序客户端：请先创建一个。</translation>
    </message>
    <message>
        <source>A new code was sent.</source>
        <translation>已发送新的确认码。</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sign Up</source>
        <translation>注册(&amp;S)</translation>
    </message>
    <message>
        <source>%1 is signed up. Enter the confirmation code the user received.</source>
        <translation>%1 已注册。请输入该用户收到的确认码。</translation>
    </message>
    <message>
        <source>%1 is signed up. A code was sent by %2 to %3; enter it here.</source>
        <translation>%1 已注册。确认码已通过 %2 发送到 %3；请在此处输入。</translation>
    </message>
    <message>
        <source>Enter the confirmation code.</source>
        <translation>请输入确认码。</translation>
    </message>
    <message>
        <source>Enter the username.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter or generate the password.</source>
        <translation>请输入或生成密码。</translation>
    </message>
    <message>
        <source>Choose an app client.</source>
        <translation>请选择应用程序客户端。</translation>
    </message>
    <message>
        <source>Choose an app client…</source>
        <translation>选择应用程序客户端…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::TokenWorkbench</name>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>Refused a request on the redirect URI: %1</source>
        <translation>已拒绝重定向 URI 上的请求：%1</translation>
    </message>
    <message>
        <source>Password (USER_PASSWORD_AUTH)</source>
        <translation>密码 (USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>SRP (USER_SRP_AUTH)</source>
        <translation>SRP (USER_SRP_AUTH)</translation>
    </message>
    <message>
        <source>Admin (ADMIN_USER_PASSWORD_AUTH)</source>
        <translation>管理员 (ADMIN_USER_PASSWORD_AUTH)</translation>
    </message>
    <message>
        <source>Hosted UI, code + PKCE</source>
        <translation>托管 UI，授权码 + PKCE</translation>
    </message>
    <message>
        <source>Hosted UI, implicit grant</source>
        <translation>托管 UI，隐式授权</translation>
    </message>
    <message>
        <source>Token endpoint (HTTP Basic)</source>
        <translation>令牌终端节点 (HTTP Basic)</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID 令牌</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Loading...</source>
        <translation>正在加载...</translation>
    </message>
    <message>
        <source>Public client.</source>
        <translation>公有客户端。</translation>
    </message>
    <message>
        <source>Confidential client: SECRET_HASH is sent with every request.</source>
        <translation>机密客户端：每个请求都会发送 SECRET_HASH。</translation>
    </message>
    <message>
        <source>default flows (SRP, refresh, custom)</source>
        <translation>默认流程（SRP、刷新、自定义）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 Flows: %2. Hosted-UI grants: %3.</source>
        <translation>%1流程：%2。托管 UI 授权类型：%3。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>NEW_PASSWORD_REQUIRED: %1 signed in with a temporary password and has to choose a new one.</source>
        <translation>NEW_PASSWORD_REQUIRED：%1 使用临时密码登录，必须设置新密码。</translation>
    </message>
    <message>
        <source>SMS_MFA: enter the code sent to %1.</source>
        <translation>SMS_MFA：请输入发送到 %1 的验证码。</translation>
    </message>
    <message>
        <source>SOFTWARE_TOKEN_MFA: enter the code from the authenticator app.</source>
        <translation>SOFTWARE_TOKEN_MFA：请输入身份验证器应用中的验证码。</translation>
    </message>
    <message>
        <source>The service asks for %1, which the workbench cannot answer; use the CLI.</source>
        <translation>服务要求 %1，工作台无法响应该质询；请使用 CLI。</translation>
    </message>
    <message>
        <source>No ID token (the openid scope was not granted).</source>
        <translation>没有 ID 令牌（未授予 openid 范围）。</translation>
    </message>
    <message>
        <source>Checking the signature against the issuer&apos;s keys...</source>
        <translation>正在使用颁发者的密钥检查签名...</translation>
    </message>
    <message>
        <source>Valid: RS256 signature verified with the issuer&apos;s JWKS; iss, %1, token_use and exp check out.</source>
        <translation>有效：已使用颁发者的 JWKS 验证 RS256 签名；iss、%1、token_use 和 exp 均检查通过。</translation>
    </message>
    <message>
        <source>Invalid (%1)</source>
        <translation>无效（%1）</translation>
    </message>
    <message>
        <source>Not checked: %1</source>
        <translation>未检查：%1</translation>
    </message>
    <message>
        <source>Expires in %1 (at %2).</source>
        <translation>将在 %1 后过期（过期时间 %2）。</translation>
    </message>
    <message>
        <source>Expired %1 ago (at %2).</source>
        <translation>已过期 %1（过期时间 %2）。</translation>
    </message>
    <message>
        <source>Headers take &apos;Name: value&apos;, one per line, not &quot;%1&quot;.</source>
        <translation>标头的格式为“名称: 值”，每行一个，而不是“%1”。</translation>
    </message>
    <message>
        <source>Choose a sign-in method…</source>
        <translation>选择登录方式…</translation>
    </message>
    <message>
        <source>Choose an app client…</source>
        <translation>选择应用程序客户端…</translation>
    </message>
    <message>
        <source>Saved sessions</source>
        <translation>已保存的会话</translation>
    </message>
    <message>
        <source>TOTP code:</source>
        <translation>TOTP 验证码：</translation>
    </message>
    <message>
        <source>Current TOTP code</source>
        <translation>当前 TOTP 验证码</translation>
    </message>
    <message>
        <source>TOTP code seconds left</source>
        <translation>TOTP 验证码剩余秒数</translation>
    </message>
    <message>
        <source>Copy c&amp;ode</source>
        <translation>复制验证码(&amp;O)</translation>
    </message>
    <message>
        <source>Copy the TOTP code</source>
        <translation>复制 TOTP 验证码</translation>
    </message>
    <message>
        <source>&amp;Fill the current TOTP code</source>
        <translation>填入当前 TOTP 验证码(&amp;F)</translation>
    </message>
    <message>
        <source>Fill the current TOTP code</source>
        <translation>填入当前 TOTP 验证码</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>剩余 %n 秒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdesk::gui::TokenWorkbenchController</name>
    <message>
        <source>Choose a user pool first.</source>
        <translation>请先选择用户池。</translation>
    </message>
    <message>
        <source>Choose the app client to sign in with.</source>
        <translation>请选择用于登录的应用程序客户端。</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Give the token endpoint&apos;s URL.</source>
        <translation>请提供令牌终端节点的 URL。</translation>
    </message>
    <message>
        <source>Signing in as %1...</source>
        <translation>正在以 %1 身份登录...</translation>
    </message>
    <message>
        <source>Waiting for the sign-in in the browser...</source>
        <translation>正在等待在浏览器中完成登录...</translation>
    </message>
    <message>
        <source>The pool has no hosted-UI domain: create one or name one in the profile.</source>
        <translation>该用户池没有托管 UI 域：请创建一个，或在配置文件中指定一个。</translation>
    </message>
    <message>
        <source>The app client has no loopback callback URL (such as http://localhost:53682/callback) to receive the sign-in on.</source>
        <translation>该应用程序客户端没有用于接收登录结果的环回回调 URL（例如 http://localhost:53682/callback）。</translation>
    </message>
    <message>
        <source>Signing in as %1 at %2...</source>
        <translation>正在以 %1 身份在 %2 登录...</translation>
    </message>
    <message>
        <source>Setting the new password...</source>
        <translation>正在设置新密码...</translation>
    </message>
    <message>
        <source>Checking the code...</source>
        <translation>正在检查验证码...</translation>
    </message>
    <message>
        <source>Refreshing the tokens...</source>
        <translation>正在刷新令牌...</translation>
    </message>
    <message>
        <source>Sign in first: there is no token to send.</source>
        <translation>请先登录：没有可发送的令牌。</translation>
    </message>
    <message>
        <source>Calling %1...</source>
        <translation>正在调用 %1...</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::UserDetailPane</name>
    <message>
        <source>No user selected</source>
        <translation>未选择用户</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Choose a group…</source>
        <translation>选择组…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n users selected&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;已选择 %n 个用户&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Enable, disable or delete them all with the actions below.</source>
        <translation>可使用下方的操作将其全部启用、禁用或删除。</translation>
    </message>
    <message>
        <source>Set the password of %1</source>
        <translation>设置 %1 的密码</translation>
    </message>
    <message>
        <source>Confirm the sign-up of %1</source>
        <translation>确认 %1 的注册</translation>
    </message>
    <message>
        <source>Answer the new-password challenge of %1</source>
        <translation>回应 %1 的新密码质询</translation>
    </message>
    <message>
        <source>Enable %1</source>
        <translation>启用 %1</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n users</source>
        <translation>
            <numerusform>启用 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable %1</source>
        <translation>禁用 %1</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n users</source>
        <translation>
            <numerusform>禁用 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>删除 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users</source>
        <translation>
            <numerusform>删除 %n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1 to the chosen group</source>
        <translation>将 %1 添加到所选组</translation>
    </message>
    <message>
        <source>Remove %1 from the selected groups</source>
        <translation>从所选组中移除 %1</translation>
    </message>
    <message>
        <source>Find out what stops %1 from signing in</source>
        <translation>找出阻止 %1 登录的原因</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::UserFormsController</name>
    <message>
        <source>Canceled. A request that had already reached the service may still take effect.</source>
        <translation>已取消。已到达服务的请求仍可能生效。</translation>
    </message>
    <message>
        <source>Reading the pool&apos;s settings…</source>
        <translation>正在读取用户池设置…</translation>
    </message>
    <message>
        <source>Listing the app clients…</source>
        <translation>正在列出应用程序客户端…</translation>
    </message>
    <message>
        <source>Reading app client %1…</source>
        <translation>正在读取应用程序客户端 %1…</translation>
    </message>
    <message>
        <source>Creating user %1…</source>
        <translation>正在创建用户 %1…</translation>
    </message>
    <message>
        <source>Setting the password of %1…</source>
        <translation>正在设置 %1 的密码…</translation>
    </message>
    <message>
        <source>Confirming the sign-up of %1…</source>
        <translation>正在确认 %1 的注册…</translation>
    </message>
    <message>
        <source>Signing up %1…</source>
        <translation>正在注册 %1…</translation>
    </message>
    <message>
        <source>Sending a new code to %1…</source>
        <translation>正在向 %1 发送新的确认码…</translation>
    </message>
    <message>
        <source>Signing in as %1 with the temporary password…</source>
        <translation>正在以 %1 身份使用临时密码登录…</translation>
    </message>
    <message>
        <source>The service asked for %1, not for a new password; answer it in the token workbench.</source>
        <translation>服务要求的是 %1，而不是新密码；请在令牌工作台中响应。</translation>
    </message>
    <message>
        <source>The service signed the user in without asking for a new password: the password is not a temporary one.</source>
        <translation>服务未要求新密码便让用户登录了：该密码不是临时密码。</translation>
    </message>
    <message>
        <source>Sign in with the temporary password first.</source>
        <translation>请先使用临时密码登录。</translation>
    </message>
    <message>
        <source>Signing in again with the temporary password…</source>
        <translation>正在使用临时密码重新登录…</translation>
    </message>
    <message>
        <source>The service no longer asks this user for a new password.</source>
        <translation>服务不再要求该用户设置新密码。</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>正在设置新密码…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::UsersController</name>
    <message>
        <source>Updating %1 of %2…</source>
        <translation>正在更新 %2 的 %1…</translation>
    </message>
    <message>
        <source>Deleting attributes of %1…</source>
        <translation>正在删除 %1 的属性…</translation>
    </message>
    <message>
        <source>Adding %1 to %2…</source>
        <translation>正在将 %1 添加到 %2…</translation>
    </message>
    <message>
        <source>Removing %1 from groups…</source>
        <translation>正在从组中移除 %1…</translation>
    </message>
    <message>
        <source>Enable users</source>
        <translation>启用用户</translation>
    </message>
    <message>
        <source>Enable %1? They will be able to sign in again.</source>
        <translation>要启用 %1 吗？该用户将可以再次登录。</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n users? They will be able to sign in again.</source>
        <translation>
            <numerusform>要启用 %n 个用户吗？这些用户将可以再次登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable users</source>
        <translation>禁用用户</translation>
    </message>
    <message>
        <source>Disable %1? They will not be able to sign in.</source>
        <translation>要禁用 %1 吗？该用户将无法登录。</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n users? They will not be able to sign in.</source>
        <translation>
            <numerusform>要禁用 %n 个用户吗？这些用户将无法登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Delete %1? This cannot be undone.</source>
        <translation>要删除 %1 吗？此操作无法撤消。</translation>
    </message>
    <message>
        <source>Delete users</source>
        <translation>删除用户</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n users? This cannot be undone. Type the number of users to confirm.</source>
        <translation>
            <numerusform>要删除 %n 个用户吗？此操作无法撤消。请输入用户数量以确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabling users…</source>
        <translation>正在启用用户…</translation>
    </message>
    <message>
        <source>Disabling users…</source>
        <translation>正在禁用用户…</translation>
    </message>
    <message>
        <source>Deleting users…</source>
        <translation>正在删除用户…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Done (%n):</source>
        <translation>
            <numerusform>已完成（%n）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Failed (%n):</source>
        <translation>
            <numerusform>失败（%n）：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not attempted, canceled (%n):</source>
        <translation>
            <numerusform>未尝试，已取消（%n）：</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to group</source>
        <translation>添加到组</translation>
    </message>
    <message>
        <source>Add %1 to the group %2?</source>
        <translation>要将 %1 添加到组 %2 吗？</translation>
    </message>
    <message numerus="yes">
        <source>Add %n users to the group %1?</source>
        <translation>
            <numerusform>要将 %n 个用户添加到组 %1 吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding users to %1…</source>
        <translation>正在将用户添加到 %1…</translation>
    </message>
    <message>
        <source>Remove from group</source>
        <translation>从组中移除</translation>
    </message>
    <message>
        <source>Remove %1 from the group %2?</source>
        <translation>要将 %1 从组 %2 中移除吗？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n users from the group %1?</source>
        <translation>
            <numerusform>要将 %n 个用户从组 %1 中移除吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing users from %1…</source>
        <translation>正在从 %1 中移除用户…</translation>
    </message>
    <message>
        <source>Reset passwords</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>Reset the password of %1? They must choose a new one with a code sent to them before they can sign in.</source>
        <translation>要重置 %1 的密码吗？用户必须先使用发送给他们的验证码设置新密码，然后才能登录。</translation>
    </message>
    <message numerus="yes">
        <source>Reset the passwords of %n users? They must choose a new one with a code sent to them before they can sign in.</source>
        <translation>
            <numerusform>要重置 %n 个用户的密码吗？用户必须先使用发送给他们的验证码设置新密码，然后才能登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Resetting passwords…</source>
        <translation>正在重置密码…</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>从所有设备注销</translation>
    </message>
    <message>
        <source>Sign %1 out of every device? Their refresh tokens stop working.</source>
        <translation>要将 %1 从所有设备注销吗？其刷新令牌将失效。</translation>
    </message>
    <message numerus="yes">
        <source>Sign %n users out of every device? Their refresh tokens stop working.</source>
        <translation>
            <numerusform>要将 %n 个用户从所有设备注销吗？其刷新令牌将失效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing users out…</source>
        <translation>正在注销用户…</translation>
    </message>
    <message>
        <source>Set attribute</source>
        <translation>设置属性</translation>
    </message>
    <message>
        <source>Set %1 for %2?</source>
        <translation>要为 %2 设置 %1 吗？</translation>
    </message>
    <message numerus="yes">
        <source>Set %1 for %n users?</source>
        <translation>
            <numerusform>要为 %n 个用户设置 %1 吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Setting %1…</source>
        <translation>正在设置 %1…</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>删除属性</translation>
    </message>
    <message>
        <source>Delete the attribute %1 of %2?</source>
        <translation>要删除 %2 的属性 %1 吗？</translation>
    </message>
    <message numerus="yes">
        <source>Delete the attribute %1 of %n users?</source>
        <translation>
            <numerusform>要删除 %n 个用户的属性 %1 吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Another bulk job is running: start this one once it has ended.</source>
        <translation>另一个批量作业正在运行：请在其结束后再启动此作业。</translation>
    </message>
    <message>
        <source>Create users</source>
        <translation>创建用户</translation>
    </message>
    <message>
        <source>Another bulk job is running: create the users once it has ended.</source>
        <translation>另一个批量作业正在运行：请在其结束后再创建用户。</translation>
    </message>
    <message>
        <source>Creating users…</source>
        <translation>正在创建用户…</translation>
    </message>
    <message>
        <source>Resume job</source>
        <translation>继续作业</translation>
    </message>
    <message>
        <source>Resume job %1</source>
        <translation>继续作业 %1</translation>
    </message>
    <message>
        <source>Resuming job %1…</source>
        <translation>正在继续作业 %1…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::UsersMirror</name>
    <message>
        <source>Any group</source>
        <translation>任意组</translation>
    </message>
    <message>
        <source>Refresh &amp;local copy</source>
        <translation>刷新本地副本(&amp;L)</translation>
    </message>
    <message>
        <source>Sync &amp;local copy</source>
        <translation>同步本地副本(&amp;L)</translation>
    </message>
    <message>
        <source>No local copy of this pool: the list pages the server.</source>
        <translation>此用户池没有本地副本：列表将从服务器分页获取。</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln users</source>
        <translation>
            <numerusform>%Ln 个用户中的 %L1 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <source>less than a minute ago</source>
        <translation>不到一分钟前</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Mirror from %1 (%2)</source>
        <translation>%1 的镜像 (%2)</translation>
    </message>
    <message>
        <source>The local copy could not be updated (%1) and was removed; sync again.</source>
        <translation>无法更新本地副本 (%1)，已将其删除；请重新同步。</translation>
    </message>
    <message>
        <source>%1 is not in the local copy</source>
        <translation>%1 不在本地副本中</translation>
    </message>
    <message>
        <source>Syncing the local copy of %1…</source>
        <translation>正在同步 %1 的本地副本…</translation>
    </message>
    <message>
        <source>Sync canceled; the local copy is as it was.</source>
        <translation>同步已取消；本地副本保持不变。</translation>
    </message>
    <message>
        <source>Sync failed (%1); the local copy is as it was.</source>
        <translation>同步失败 (%1)；本地副本保持不变。</translation>
    </message>
    <message>
        <source>Forget local data</source>
        <translation>清除本地数据</translation>
    </message>
    <message>
        <source>Delete the local copy of the users of %1? Searching needs a new sync then.</source>
        <translation>要删除 %1 用户的本地副本吗？之后需要重新同步才能搜索。</translation>
    </message>
    <message>
        <source>The local copy could not be deleted.</source>
        <translation>无法删除本地副本。</translation>
    </message>
    <message>
        <source>Search the local &amp;copy:</source>
        <translation>搜索本地副本(&amp;C)：</translation>
    </message>
    <message>
        <source>Search the local copy</source>
        <translation>搜索本地副本</translation>
    </message>
    <message>
        <source>Username or any attribute value; results as you type</source>
        <translation>用户名或任意属性值；输入时即显示结果</translation>
    </message>
    <message>
        <source>username or any attribute value</source>
        <translation>用户名或任意属性值</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>E&amp;nabled:</source>
        <translation>已启用(&amp;N)：</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>组(&amp;G)：</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>组</translation>
    </message>
    <message>
        <source>Users found</source>
        <translation>找到的用户</translation>
    </message>
    <message>
        <source>Local copy</source>
        <translation>本地副本</translation>
    </message>
    <message>
        <source>Sync local copy</source>
        <translation>同步本地副本</translation>
    </message>
    <message>
        <source>&amp;Forget local data</source>
        <translation>清除本地数据(&amp;F)</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Enabled or not</source>
        <translation>无论是否启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>No answer in time: %1</source>
        <translation>未及时响应：%1</translation>
    </message>
    <message>
        <source>Unexpected answer: %1</source>
        <translation>意外的响应：%1</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::BulkRunDialog</name>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed: %1 of %2. Succeeded: %3.</source>
        <translation>失败：%1 个（共 %2 个）。成功：%3 个。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ClientController</name>
    <message>
        <source>Creating app client %1…</source>
        <translation>正在创建应用程序客户端 %1…</translation>
    </message>
    <message>
        <source>Describing app client %1…</source>
        <translation>正在获取应用程序客户端 %1 的详细信息…</translation>
    </message>
    <message>
        <source>Saving app client %1…</source>
        <translation>正在保存应用程序客户端 %1…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ClientDialog</name>
    <message>
        <source>Also allowed (kept as they are): %1</source>
        <translation>同时允许（保持不变）：%1</translation>
    </message>
    <message>
        <source>Enter the app client&apos;s name.</source>
        <translation>请输入应用程序客户端的名称。</translation>
    </message>
    <message>
        <source>An app client name is 1 to 128 letters, digits, spaces or + = , . @ -.</source>
        <translation>应用程序客户端名称由 1 到 128 个字母、数字、空格或 + = , . @ - 组成。</translation>
    </message>
    <message>
        <source>Callback URL %1 is not allowed: use https (http only for localhost), without a fragment.</source>
        <translation>不允许使用回调 URL %1：请使用 https（仅 localhost 可使用 http），且不要包含片段。</translation>
    </message>
    <message>
        <source>Sign-out URL %1 is not allowed: use https (http only for localhost), without a fragment.</source>
        <translation>不允许使用注销 URL %1：请使用 https（仅 localhost 可使用 http），且不要包含片段。</translation>
    </message>
    <message>
        <source>The client credentials flow cannot be combined with the code or implicit grant.</source>
        <translation>客户端凭证流程不能与授权码或隐式授权同时使用。</translation>
    </message>
    <message>
        <source>The client credentials flow needs a client secret.</source>
        <translation>客户端凭证流程需要客户端密钥。</translation>
    </message>
    <message>
        <source>OAuth flows need at least one callback URL.</source>
        <translation>OAuth 流程至少需要一个回调 URL。</translation>
    </message>
    <message>
        <source>OAuth flows need at least one scope.</source>
        <translation>OAuth 流程至少需要一个范围。</translation>
    </message>
    <message>
        <source>OAuth flows need an identity provider (Cognito user pool).</source>
        <translation>OAuth 流程需要一个身份提供商（Cognito 用户池）。</translation>
    </message>
    <message>
        <source>Allow at least one authentication flow.</source>
        <translation>请至少允许一种身份验证流程。</translation>
    </message>
    <message>
        <source>New app client</source>
        <translation>新建应用程序客户端</translation>
    </message>
    <message>
        <source>App client %1</source>
        <translation>应用程序客户端 %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::Controller</name>
    <message>
        <source>The operation was canceled.</source>
        <translation>操作已取消。</translation>
    </message>
    <message>
        <source>Not tried: the run was canceled.</source>
        <translation>未尝试：运行已取消。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::CreateGroupDialog</name>
    <message>
        <source>Enter the group&apos;s name.</source>
        <translation>请输入组的名称。</translation>
    </message>
    <message>
        <source>A group name is 1 to 128 letters, digits or punctuation, without spaces.</source>
        <translation>组名称由 1 到 128 个字母、数字或标点符号组成，不能包含空格。</translation>
    </message>
    <message>
        <source>The role must be an IAM role ARN (arn:aws:iam::ACCOUNT:role/NAME).</source>
        <translation>角色必须是 IAM 角色 ARN (arn:aws:iam::ACCOUNT:role/NAME)。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::DomainController</name>
    <message>
        <source>Checking domain %1…</source>
        <translation>正在检查域 %1…</translation>
    </message>
    <message>
        <source>Domain %1 is %2; checking again shortly…</source>
        <translation>域 %1 的状态为 %2；稍后将再次检查…</translation>
    </message>
    <message>
        <source>Creating domain %1…</source>
        <translation>正在创建域 %1…</translation>
    </message>
    <message>
        <source>Deleting domain %1…</source>
        <translation>正在删除域 %1…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::GroupController</name>
    <message>
        <source>Creating group %1…</source>
        <translation>正在创建组 %1…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::GroupMembersDialog</name>
    <message>
        <source>%1 in %2</source>
        <translation>%2 中的 %1</translation>
    </message>
    <message>
        <source>Adding members: %1 of %2…</source>
        <translation>正在添加成员：%1/%2…</translation>
    </message>
    <message>
        <source>Removing members: %1 of %2…</source>
        <translation>正在移除成员：%1/%2…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Failed: %1 of %2 (listed above). Succeeded: %3.</source>
        <translation>失败：%1 个（共 %2 个，见上方列表）。成功：%3 个。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n user(s).</source>
        <translation>
            <numerusform>已添加 %n 个用户。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n user(s).</source>
        <translation>
            <numerusform>已移除 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading members…</source>
        <translation>正在加载成员…</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s).</source>
        <translation>
            <numerusform>%n 个成员。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) loaded; scroll for more.</source>
        <translation>
            <numerusform>已加载 %n 个成员；滚动以加载更多。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ImportController</name>
    <message>
        <source>Reading the pool&apos;s CSV header…</source>
        <translation>正在读取用户池的 CSV 标头…</translation>
    </message>
    <message>
        <source>Creating import job %1…</source>
        <translation>正在创建导入作业 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Uploading the CSV file (%n byte(s))…</source>
        <translation>
            <numerusform>正在上传 CSV 文件（%n 字节）…</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting import job %1…</source>
        <translation>正在启动导入作业 %1…</translation>
    </message>
    <message>
        <source>Stopping import job %1…</source>
        <translation>正在停止导入作业 %1…</translation>
    </message>
    <message>
        <source>Import job %1: %2</source>
        <translation>导入作业 %1：%2</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ImportRoleController</name>
    <message>
        <source>Finding or creating the role %1…</source>
        <translation>正在查找或创建角色 %1…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::ImportWizard</name>
    <message>
        <source>Import users into %1</source>
        <translation>将用户导入 %1</translation>
    </message>
    <message>
        <source>Required columns: %1.</source>
        <translation>必需的列：%1。</translation>
    </message>
    <message>
        <source>Save the CSV header</source>
        <translation>保存 CSV 标头</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1. Add one line per user and pick the file on the next page.</source>
        <translation>已保存到 %1。请为每个用户添加一行，然后在下一页选择该文件。</translation>
    </message>
    <message>
        <source>Choose the CSV file to import</source>
        <translation>选择要导入的 CSV 文件</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The file is larger than the 100 MB an import job takes.</source>
        <translation>文件超过了导入作业可接受的 100 MB 上限。</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) to import; the columns match the pool&apos;s header.</source>
        <translation>
            <numerusform>要导入 %n 个用户；各列与用户池的标头一致。</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>A job name is 1 to 128 letters, digits, spaces or + = , . @ -.</source>
        <translation>作业名称由 1 到 128 个字母、数字、空格或 + = , . @ - 组成。</translation>
    </message>
    <message>
        <source>Enter the ARN of the role that lets Cognito write the job&apos;s CloudWatch logs.</source>
        <translation>请输入允许 Cognito 写入该作业 CloudWatch 日志的角色的 ARN。</translation>
    </message>
    <message>
        <source>%1 is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME).</source>
        <translation>%1 不是 IAM 角色 ARN (arn:aws:iam::123456789012:role/NAME)。</translation>
    </message>
    <message numerus="yes">
        <source>The import finished: %n user(s) imported.</source>
        <translation>
            <numerusform>导入已完成：已导入 %n 个用户。</numerusform>
        </translation>
    </message>
    <message>
        <source>The job ended %1: %2</source>
        <translation>作业已结束，状态为 %1：%2</translation>
    </message>
    <message>
        <source>Created for this import (with its CloudWatch Logs policy).</source>
        <translation>已为此次导入创建（附带其 CloudWatch Logs 策略）。</translation>
    </message>
    <message>
        <source>The role was there already, trusted by Cognito.</source>
        <translation>该角色已存在，并受 Cognito 信任。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::OperationStatus</name>
    <message>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::PoolCompareDialog</name>
    <message>
        <source>The profile %1 is gone.</source>
        <translation>配置文件 %1 已不存在。</translation>
    </message>
    <message>
        <source>Opening the profile %1…</source>
        <translation>正在打开配置文件 %1…</translation>
    </message>
    <message>
        <source>Listing the pools…</source>
        <translation>正在列出用户池…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose pool B, then Compare.</source>
        <translation>请选择用户池 B，然后点击“比较”。</translation>
    </message>
    <message>
        <source>Choose pool B first.</source>
        <translation>请先选择用户池 B。</translation>
    </message>
    <message>
        <source>Reading both pools…</source>
        <translation>正在读取两个用户池…</translation>
    </message>
    <message>
        <source>Pool A: %1</source>
        <translation>用户池 A：%1</translation>
    </message>
    <message>
        <source>Pool B: %1</source>
        <translation>用户池 B：%1</translation>
    </message>
    <message>
        <source>%1 and %2 are configured alike.</source>
        <translation>%1 和 %2 的配置相同。</translation>
    </message>
    <message>
        <source>Settings that differ between %1 (A) and %2 (B): %3.</source>
        <translation>%1 (A) 与 %2 (B) 之间不同的设置：%3。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Pool A: %1. Only the settings that differ are listed; ids, dates and the account in ARNs are left out.</source>
        <translation>用户池 A：%1。仅列出不同的设置；ID、日期和 ARN 中的账户均不包括在内。</translation>
    </message>
    <message>
        <source>Pool A: %1 (profile %2). Only the settings that differ are listed; ids, dates and the account in ARNs are left out.</source>
        <translation>用户池 A：%1（配置文件 %2）。仅列出不同的设置；ID、日期和 ARN 中的账户均不包括在内。</translation>
    </message>
    <message>
        <source>Pool A&apos;s connection</source>
        <translation>用户池 A 的连接</translation>
    </message>
    <message>
        <source>%1 (pool A&apos;s profile)</source>
        <translation>%1（用户池 A 的配置文件）</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::PoolController</name>
    <message>
        <source>Creating user pool %1…</source>
        <translation>正在创建用户池 %1…</translation>
    </message>
    <message>
        <source>Describing user pool %1…</source>
        <translation>正在获取用户池 %1 的详细信息…</translation>
    </message>
    <message>
        <source>Saving the settings of user pool %1…</source>
        <translation>正在保存用户池 %1 的设置…</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::PoolDialog</name>
    <message>
        <source>User pool %1</source>
        <translation>用户池 %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Domain deleted.</source>
        <translation>域已删除。</translation>
    </message>
    <message>
        <source>Domain %1 is %2.</source>
        <translation>域 %1 的状态为 %2。</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Username is the %1</source>
        <translation>用户名为 %1</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>uppercase</source>
        <translation>大写字母</translation>
    </message>
    <message>
        <source>lowercase</source>
        <translation>小写字母</translation>
    </message>
    <message>
        <source>numbers</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>symbols</source>
        <translation>符号</translation>
    </message>
    <message>
        <source>At least %1 characters; %2; temporary passwords valid %3 days</source>
        <translation>至少 %1 个字符；%2；临时密码有效期为 %3 天</translation>
    </message>
    <message>
        <source>no character classes required</source>
        <translation>不要求特定字符类型</translation>
    </message>
    <message>
        <source>Amazon SES</source>
        <translation>Amazon SES</translation>
    </message>
    <message>
        <source>Cognito&apos;s own mailer</source>
        <translation>Cognito 自带的邮件发送功能</translation>
    </message>
    <message>
        <source>%1 — %2 (https://%3)</source>
        <translation>%1 — %2 (https://%3)</translation>
    </message>
    <message>
        <source>Point a DNS alias for %1 at %2.</source>
        <translation>请为 %1 创建指向 %2 的 DNS 别名。</translation>
    </message>
    <message>
        <source>Enter a domain prefix (my-app) or a custom domain (auth.example.com).</source>
        <translation>请输入域前缀 (my-app) 或自定义域 (auth.example.com)。</translation>
    </message>
    <message>
        <source>%1 is not a host name (lowercase letters, digits, hyphens and dots).</source>
        <translation>%1 不是有效的主机名（只能包含小写字母、数字、连字符和点）。</translation>
    </message>
    <message>
        <source>A custom domain needs the ARN of its ACM certificate in us-east-1.</source>
        <translation>自定义域需要其位于 us-east-1 的 ACM 证书的 ARN。</translation>
    </message>
    <message>
        <source>A domain prefix is 1 to 63 lowercase letters, digits and hyphens, not starting or ending with a hyphen.</source>
        <translation>域前缀由 1 到 63 个小写字母、数字和连字符组成，且不能以连字符开头或结尾。</translation>
    </message>
    <message>
        <source>A domain prefix cannot contain aws, amazon or cognito.</source>
        <translation>域前缀不能包含 aws、amazon 或 cognito。</translation>
    </message>
    <message>
        <source>A certificate is only for a custom domain (one with dots).</source>
        <translation>证书仅适用于自定义域（包含点的域）。</translation>
    </message>
    <message>
        <source>Delete domain</source>
        <translation>删除域</translation>
    </message>
    <message>
        <source>Delete the hosted-UI domain %1? Sign-in pages on it stop working.</source>
        <translation>要删除托管 UI 域 %1 吗？该域上的登录页面将停止工作。</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::admin::PoolSettingsDialog</name>
    <message>
        <source>Settings of user pool %1</source>
        <translation>用户池 %1 的设置</translation>
    </message>
    <message>
        <source>Set when a pool is created; it cannot change.</source>
        <translation>在创建用户池时设置，之后无法更改。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Enter the pool&apos;s name.</source>
        <translation>请输入用户池的名称。</translation>
    </message>
    <message>
        <source>A pool name is 1 to 128 letters, digits, spaces or + = , . @ -.</source>
        <translation>用户池名称由 1 到 128 个字母、数字、空格或 + = , . @ - 组成。</translation>
    </message>
    <message>
        <source>Sending through Amazon SES needs the ARN of a verified SES identity.</source>
        <translation>通过 Amazon SES 发送需要已验证 SES 身份的 ARN。</translation>
    </message>
    <message>
        <source>The From address is not an email address.</source>
        <translation>发件人地址不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <source>The reply-to address is not an email address.</source>
        <translation>回复地址不是有效的电子邮件地址。</translation>
    </message>
</context>
<context>
    <name>cdesk::gui::adminforms</name>
    <message>
        <source>Delete user pools</source>
        <translation>删除用户池</translation>
    </message>
    <message>
        <source>Delete %1 user pools with all their users, groups and app clients? This cannot be undone. Type %1 to confirm.</source>
        <translation>要删除 %1 个用户池及其所有用户、组和应用程序客户端吗？此操作无法撤消。请输入 %1 以确认。</translation>
    </message>
    <message>
        <source>Deleting %1 user pools…</source>
        <translation>正在删除 %1 个用户池…</translation>
    </message>
    <message>
        <source>Delete user pool</source>
        <translation>删除用户池</translation>
    </message>
    <message>
        <source>Deleting user pool %1…</source>
        <translation>正在删除用户池 %1…</translation>
    </message>
    <message>
        <source>Delete user pool %1 (%2) with all its users, groups and app clients? This cannot be undone. Type the pool&apos;s name to confirm.</source>
        <translation>要删除用户池 %1 (%2) 及其所有用户、组和应用程序客户端吗？此操作无法撤消。请输入该用户池的名称以确认。</translation>
    </message>
    <message>
        <source>Delete groups</source>
        <translation>删除组</translation>
    </message>
    <message>
        <source>Delete group %1 of %2? Its members stay in the pool.</source>
        <translation>要删除 %2 中的组 %1 吗？其成员仍会保留在用户池中。</translation>
    </message>
    <message>
        <source>Delete %1 groups of %2? Their members stay in the pool. Type %1 to confirm.</source>
        <translation>要删除 %2 中的 %1 个组吗？其成员仍会保留在用户池中。请输入 %1 以确认。</translation>
    </message>
    <message>
        <source>Deleting %1 group(s)…</source>
        <translation>正在删除 %1 个组…</translation>
    </message>
    <message>
        <source>Delete app clients</source>
        <translation>删除应用程序客户端</translation>
    </message>
    <message>
        <source>Delete app client %1 of %2? Applications using it can no longer sign in.</source>
        <translation>要删除 %2 中的应用程序客户端 %1 吗？使用它的应用程序将无法再登录。</translation>
    </message>
    <message>
        <source>Delete %1 app clients of %2? Applications using them can no longer sign in. Type %1 to confirm.</source>
        <translation>要删除 %2 中的 %1 个应用程序客户端吗？使用它们的应用程序将无法再登录。请输入 %1 以确认。</translation>
    </message>
    <message>
        <source>Deleting %1 app client(s)…</source>
        <translation>正在删除 %1 个应用程序客户端…</translation>
    </message>
</context>
<context>
    <name>cdesk::models</name>
    <message>
        <source>Attribute</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Pool ID</source>
        <translation>用户池 ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Precedence</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Job ID</source>
        <translation>作业 ID</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>连接已关闭。</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>组</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Administer AWS Cognito user pools.</source>
        <translation>管理 AWS Cognito 用户池。</translation>
    </message>
    <message>
        <source>Cognito endpoint override, e.g. http://127.0.0.1:9229.</source>
        <translation>Cognito 终端节点覆盖，例如 http://127.0.0.1:9229。</translation>
    </message>
    <message>
        <source>AWS region.</source>
        <translation>AWS 区域。</translation>
    </message>
    <message>
        <source>Write a PNG of the main window once loaded, then exit.</source>
        <translation>主窗口加载完成后将其截图写入 PNG 文件，然后退出。</translation>
    </message>
    <message>
        <source>Open this saved profile instead of the last used one.</source>
        <translation>打开此已保存的配置文件，而不是上次使用的配置文件。</translation>
    </message>
</context>
</TS>
