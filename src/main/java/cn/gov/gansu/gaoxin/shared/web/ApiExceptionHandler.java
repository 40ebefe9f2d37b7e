package cn.gov.gansu.gaoxin.shared.web;

import java.util.stream.Collectors;

import cn.gov.gansu.gaoxin.shared.DomainProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where errors become RFC 9457 problem details with a Chinese {@code detail}. No
 * stack trace, SQL or class name ever reaches the caller.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> domain(DomainProblem e) {
        return respond(ProblemDetails.of(e.status(), e.title(), e.getMessage()));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<ProblemDetail> denied(RuntimeException e) {
        return respond(ProblemDetails.of(HttpStatus.FORBIDDEN, "无权访问", "您的角色或数据范围无权执行此操作"));
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        return respond(ProblemDetails.of(HttpStatus.CONFLICT, "与现有数据冲突", "该记录已存在，未做任何修改"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException e) {
        log.warn("数据完整性冲突: {}", e.getMostSpecificCause().getMessage());
        return respond(ProblemDetails.of(HttpStatus.CONFLICT, "与现有数据冲突",
                "数据与现有记录冲突或引用了不存在的记录，未做任何修改"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e) {
        return respond(ProblemDetails.of(HttpStatus.BAD_REQUEST, "请求参数无效",
                "参数“" + e.getName() + "”的值“" + abbreviate(String.valueOf(e.getValue())) + "”格式不正确"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("未预期的错误", e);
        return respond(ProblemDetails.of(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误",
                "服务器处理请求时出错，请稍后重试；如问题持续，请联系系统管理员"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getBindingResult().getFieldErrors().stream()
                .map(ApiExceptionHandler::describe)
                .collect(Collectors.joining("；"));
        if (detail.isEmpty()) {
            detail = e.getBindingResult().getAllErrors().stream()
                    .map(err -> String.valueOf(err.getDefaultMessage())).collect(Collectors.joining("；"));
        }
        return object(ProblemDetails.of(HttpStatus.BAD_REQUEST, "请求数据无效", detail));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = e.getParameterValidationResults().stream()
                .map(r -> "参数“" + r.getMethodParameter().getParameterName() + "”"
                        + r.getResolvableErrors().stream().map(err -> String.valueOf(err.getDefaultMessage()))
                                .collect(Collectors.joining("，")))
                .collect(Collectors.joining("；"));
        return object(ProblemDetails.of(HttpStatus.BAD_REQUEST, "请求参数无效", detail));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getMostSpecificCause();
        if (cause instanceof DomainProblem problem) {
            return object(ProblemDetails.of(problem.status(), problem.title(), problem.getMessage()));
        }
        return object(ProblemDetails.of(HttpStatus.BAD_REQUEST, "请求体无法解析",
                "请求体不是有效的JSON，或字段类型不正确" + JsonErrors.where(e)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return object(ProblemDetails.of(HttpStatus.BAD_REQUEST, "缺少请求参数", "缺少必需的参数“" + e.getParameterName() + "”"));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            org.springframework.web.multipart.support.MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return object(ProblemDetails.of(HttpStatus.BAD_REQUEST, "缺少上传文件", "缺少必需的上传部分“" + e.getRequestPartName() + "”"));
    }

    /** An upload past the multipart limit (contracts §9: a huge file is a 400 with a Chinese detail). */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        return object(ProblemDetails.of(HttpStatus.BAD_REQUEST, "文件过大", "上传的文件过大，Excel导入的上限为20MB；请分成多个文件导入"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return object(ProblemDetails.of(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法",
                "该地址不支持 " + e.getMethod() + " 请求"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return object(ProblemDetails.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型",
                "请求内容类型应为 application/json"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return object(ProblemDetails.of(HttpStatus.NOT_ACCEPTABLE, "无法提供所需格式", "无法按所请求的格式返回结果"));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return object(ProblemDetails.of(HttpStatus.NOT_FOUND, "未找到", "请求的地址不存在"));
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (e instanceof MissingRequestHeaderException m) {
            return object(ProblemDetails.of(HttpStatus.BAD_REQUEST, "缺少请求头", "缺少必需的请求头“" + m.getHeaderName() + "”"));
        }
        HttpStatus resolved = HttpStatus.resolve(status.value());
        if (resolved == null) {
            resolved = HttpStatus.BAD_REQUEST;
        }
        return object(ProblemDetails.of(resolved, resolved.is5xxServerError() ? "服务器内部错误" : "请求无效",
                resolved.is5xxServerError() ? "服务器处理请求时出错，请稍后重试" : "请求无法处理（" + resolved.value() + "）"));
    }

    private static String describe(FieldError error) {
        String message = error.getDefaultMessage() == null ? "无效" : error.getDefaultMessage();
        return "字段“" + error.getField() + "”" + message;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static ResponseEntity<Object> object(ProblemDetail p) {
        return ResponseEntity.status(p.getStatus()).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
