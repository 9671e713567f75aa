"""Faults a real account answers with, on demand, for the local endpoint (aws_stub.py).

A test arms a fault with a request to the endpoint itself: POST /__sharec/fault with a JSON body
{"operation": "DescribeVpcs", "code": "AccessDenied", "times": 1}. The next `times` calls of that
operation (any service) are answered with the error, shaped as the operation's protocol shapes
errors, so that the AWS CLI reports it as AWS would; later calls reach the endpoint as usual.
POST /__sharec/faults/clear disarms every fault.
"""
import json
import threading

from werkzeug.wrappers import Response

# HTTP statuses AWS gives these codes; anything else is a client error.
STATUS = {"AccessDenied": 403, "AccessDeniedException": 403, "UnauthorizedOperation": 403,
          "ThrottlingException": 400, "Throttling": 400, "RequestLimitExceeded": 503,
          "ServiceUnavailable": 503, "InternalFailure": 500, "InternalError": 500}


class Faults:
    def __init__(self):
        self.lock = threading.Lock()
        self.armed = {}

    def control(self, request):
        """The answer to a control request, or None for a request to AWS."""
        if request.path == "/__sharec/faults/clear" and request.method == "POST":
            with self.lock:
                self.armed.clear()
            return Response("{}", content_type="application/json")
        if request.path == "/__sharec/fault" and request.method == "POST":
            fault = json.loads(request.get_data() or b"{}")
            with self.lock:
                self.armed[fault["operation"]] = [fault["code"], int(fault.get("times", 1))]
            return Response("{}", content_type="application/json")
        return None

    def take(self, operation):
        """The error code armed for this call of `operation`, if any (one of its `times` is used)."""
        with self.lock:
            fault = self.armed.get(operation)
            if not fault or fault[1] <= 0:
                return None
            fault[1] -= 1
            return fault[0]

    @staticmethod
    def answer(service, protocol, code):
        """The error as `protocol` shapes it: XML for EC2 and the query services, JSON for the others."""
        status = STATUS.get(code, 400)
        message = f"injected by the test: {code}"
        if protocol == "ec2":
            body = (f"<Response><Errors><Error><Code>{code}</Code><Message>{message}</Message></Error></Errors>"
                    f"<RequestID>sharec-fault</RequestID></Response>")
            return Response(body, status=status, content_type="text/xml")
        if protocol == "query":
            body = (f"<ErrorResponse><Error><Type>Sender</Type><Code>{code}</Code><Message>{message}</Message></Error>"
                    f"<RequestId>sharec-fault</RequestId></ErrorResponse>")
            return Response(body, status=status, content_type="text/xml")
        response = Response(json.dumps({"__type": code, "message": message}), status=status, content_type="application/json")
        response.headers["x-amzn-ErrorType"] = code
        return response
